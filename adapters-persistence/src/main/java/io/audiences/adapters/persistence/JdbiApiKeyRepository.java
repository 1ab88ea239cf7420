package io.audiences.adapters.persistence;

import io.audiences.adapters.persistence.ApiKeyDao.GrantRow;
import io.audiences.adapters.persistence.ApiKeyDao.KeyRow;
import io.audiences.adapters.persistence.ApiKeyDao.KeyState;
import io.audiences.application.StorageException;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.ApiKeyHash;
import io.audiences.domain.apikey.ApiKeyId;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.apikey.Permission;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** API keys in {@code api_keys} and its two grant tables; only the hash of a secret is stored. */
public final class JdbiApiKeyRepository implements ApiKeyRepository {

    /** More keys than a deployment issues; past it the kept grants start over. */
    static final int MAX_KEYS_KEPT = 10_000;

    private final Jdbi jdbi;
    private final PlainReads reads;
    private final int maxKeysKept;
    private final Map<String, ApiKey> activeKeys = new ConcurrentHashMap<>();

    JdbiApiKeyRepository(Jdbi jdbi, PlainReads reads) {
        this(jdbi, reads, MAX_KEYS_KEPT);
    }

    JdbiApiKeyRepository(Jdbi jdbi, PlainReads reads, int maxKeysKept) {
        this.jdbi = jdbi;
        this.reads = reads;
        this.maxKeysKept = maxKeysKept;
    }

    @Override
    public void insert(ApiKey key) {
        try {
            jdbi.useTransaction(handle -> {
                ApiKeyDao dao = new ApiKeyDao(handle);
                dao.insert(key.id().value(), key.hash().hex(), key.label(), utc(key.createdAt()), utc(key.revokedAt()));
                dao.insertPermissions(key.id().value(), key.permissions().stream().map(Permission::value).sorted().toList());
                dao.insertAccountGroups(key.id().value(),
                        key.accountGroupIds().stream().map(AccountGroupId::value).sorted().toList());
            });
        } catch (JdbiException e) {
            if (StorageErrors.isMissingParent(e)) {
                throw new UnknownIdException("an account group of the key does not exist");
            }
            throw new StorageException("could not store the API key", e);
        }
    }

    /**
     * Reads the key's row alone, every time: a revocation (by this process or another) counts from
     * the next request on. Its grants are never changed once issued (nothing updates or deletes
     * them), so an active key's are kept from its first request.
     */
    @Override
    public Optional<ApiKey> findByHash(ApiKeyHash hash) {
        KeyState state = reads.query(ApiKeyDao.STATE_BY_HASH, List.of(hash.hex()), ApiKeyDao::keyState);
        if (state == null) {
            return Optional.empty();
        }
        if (!state.revoked()) {
            ApiKey known = activeKeys.get(state.id());
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<ApiKey> key = toDomain(reads.query(ApiKeyDao.WITH_GRANTS_BY_ID, List.of(state.id()), ApiKeyDao::grantRows));
        key.filter(ApiKey::isActive).ifPresentOrElse(this::remember, () -> activeKeys.remove(state.id()));
        return key;
    }

    private void remember(ApiKey key) {
        if (activeKeys.size() >= maxKeysKept) {
            activeKeys.clear();
        }
        activeKeys.put(key.id().value(), key);
    }

    @Override
    public ApiKey revoke(ApiKeyId id, Instant at) {
        return StorageErrors.translate(() -> jdbi.inTransaction(handle -> {
            ApiKeyDao dao = new ApiKeyDao(handle);
            dao.revoke(id.value(), utc(at));
            return toDomain(dao.find(id.value())).orElseThrow(() -> new UnknownIdException("no API key has id " + id));
        }));
    }

    @Override
    public List<ApiKey> listAll() {
        List<GrantRow> rows = StorageErrors.translate(() -> jdbi.withHandle(handle -> new ApiKeyDao(handle).listAll()));
        Map<String, List<GrantRow>> byKey = rows.stream()
                .collect(Collectors.groupingBy(row -> row.key().id(), LinkedHashMap::new, Collectors.toList()));
        return byKey.values().stream().map(JdbiApiKeyRepository::toDomain).map(Optional::orElseThrow).toList();
    }

    /** Folds the joined rows of one key (none if there is no such key) back into the key. */
    private static Optional<ApiKey> toDomain(List<GrantRow> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        KeyRow row = rows.get(0).key();
        Set<Permission> permissions = new HashSet<>();
        Set<AccountGroupId> groups = new HashSet<>();
        for (GrantRow grant : rows) {
            if (grant.permission() != null) {
                permissions.add(new Permission(grant.permission()));
            }
            if (grant.accountGroupId() != null) {
                groups.add(new AccountGroupId(grant.accountGroupId()));
            }
        }
        return Optional.of(new ApiKey(new ApiKeyId(row.id()), new ApiKeyHash(row.keyHash()), permissions, groups,
                row.label(), row.createdAt().toInstant(), row.revokedAt() == null ? null : row.revokedAt().toInstant()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

package io.audiences.application.memory;

import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.ApiKeyHash;
import io.audiences.domain.apikey.ApiKeyId;
import io.audiences.domain.UnknownIdException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** API keys in thread-safe maps, by id and by hash. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final InMemoryAccountGroupRepository groups;
    private final ConcurrentMap<ApiKeyId, ApiKey> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<ApiKeyHash, ApiKeyId> idByHash = new ConcurrentHashMap<>();

    public InMemoryApiKeyRepository(InMemoryAccountGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public synchronized void insert(ApiKey key) {
        for (AccountGroupId groupId : key.accountGroupIds()) {
            if (groups.find(groupId).isEmpty()) {
                throw new UnknownIdException("no account group has id " + groupId);
            }
        }
        if (byId.containsKey(key.id()) || idByHash.containsKey(key.hash())) {
            throw new IllegalStateException("API key " + key.id() + " exists already");
        }
        byId.put(key.id(), key);
        idByHash.put(key.hash(), key.id());
    }

    @Override
    public Optional<ApiKey> findByHash(ApiKeyHash hash) {
        return Optional.ofNullable(idByHash.get(hash)).map(byId::get);
    }

    @Override
    public ApiKey revoke(ApiKeyId id, Instant at) {
        ApiKey revoked = byId.computeIfPresent(id, (keyId, key) -> key.isActive()
                ? new ApiKey(key.id(), key.hash(), key.permissions(), key.accountGroupIds(), key.label(), key.createdAt(), at)
                : key);
        if (revoked == null) {
            throw new UnknownIdException("no API key has id " + id);
        }
        return revoked;
    }

    @Override
    public List<ApiKey> listAll() {
        return byId.values().stream()
                .sorted(Comparator.comparing(ApiKey::createdAt).thenComparing(key -> key.id().value())).toList();
    }
}

package io.audiences.adapters.persistence;

import io.audiences.adapters.persistence.AccountGroupDao.LockedGroup;
import io.audiences.adapters.persistence.AudiencesDatabase.Dialect;
import io.audiences.application.StorageException;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AccountGroupSnapshot;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudiencePosition;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.audience.CreationPolicy;
import io.audiences.domain.audience.NameKey;
import io.audiences.domain.UnknownIdException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Audiences in the {@code audiences} table.
 *
 * <p>{@link #add} is one transaction that first locks the account group's row
 * ({@code SELECT … FOR UPDATE}): every other creation in that group, from any connection pool or
 * process, waits at that lock until this one commits or rolls back, so counts and names cannot go
 * stale between the check and the insert. The counts live on that row and are raised in the same
 * transaction, so checking a limit costs the same however many audiences the group holds. The unique index on {@code (account_group_id, name_key)}
 * is the last line of defence; its violation is answered as the domain's name refusal.
 */
public final class JdbiAudienceRepository implements AudienceRepository {

    private final Jdbi jdbi;
    private final Dialect dialect;

    JdbiAudienceRepository(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    @Override
    public Audience add(AccountGroupId accountGroupId, NameKey nameKey, Admission admission) {
        try {
            return jdbi.inTransaction(handle -> addLocked(handle, accountGroupId, nameKey, admission));
        } catch (JdbiException e) {
            if (StorageErrors.isUniqueViolation(e, "audiences_name_unique")) {
                throw CreationPolicy.nameTaken();
            }
            throw new StorageException("could not store the audience", e);
        }
    }

    private Audience addLocked(Handle handle, AccountGroupId accountGroupId, NameKey nameKey, Admission admission) {
        // H2 waits 1 s for a row lock by default (too short for a queue of creations);
        // PostgreSQL waits forever. Both get the same bound.
        long lockTimeout = AudiencesDatabase.LOCK_TIMEOUT.toMillis();
        handle.execute(dialect == Dialect.H2
                ? "SET LOCK_TIMEOUT " + lockTimeout
                : "SET LOCAL lock_timeout = '" + lockTimeout + "ms'");
        AccountGroupDao groups = new AccountGroupDao(handle);
        LockedGroup locked = groups.lock(accountGroupId.value())
                .orElseThrow(() -> new UnknownIdException("no account group has id " + accountGroupId));
        AudienceDao audiences = new AudienceDao(handle);
        boolean nameTaken = audiences.nameTaken(accountGroupId.value(), AudienceRow.storedKey(nameKey));
        Audience audience = admission.admit(new AccountGroupSnapshot(
                locked.group().toDomain(), locked.audiences(), locked.monitoringAudiences(), nameTaken));
        if (!audience.accountGroupId().equals(accountGroupId)) {
            throw new IllegalArgumentException("the admitted audience belongs to another account group");
        }
        groups.countAudience(accountGroupId.value(), audience.type() == AudienceType.MONITORING ? 1 : 0);
        audiences.insert(AudienceRow.of(audience));
        return audience;
    }

    @Override
    public List<Audience> listNewestFirst(AccountGroupId accountGroupId, Optional<AudiencePosition> after, int limit) {
        List<AudienceRow> rows = StorageErrors.translate(() -> jdbi.withHandle(handle -> {
            AudienceDao audiences = new AudienceDao(handle);
            return after.map(position -> audiences.newestFirstAfter(accountGroupId.value(),
                            position.createdAt().atOffset(ZoneOffset.UTC), position.id().value(), limit))
                    .orElseGet(() -> audiences.newestFirst(accountGroupId.value(), limit));
        }));
        return rows.stream().map(AudienceRow::toDomain).toList();
    }

    @Override
    public Optional<Audience> find(AccountGroupId accountGroupId, AudienceId audienceId) {
        return StorageErrors.translate(() -> jdbi.withHandle(
                handle -> new AudienceDao(handle).find(accountGroupId.value(), audienceId.value())))
                .map(AudienceRow::toDomain);
    }
}

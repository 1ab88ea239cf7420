package io.audiences.adapters.persistence;

import io.audiences.adapters.persistence.AccountGroupDao.LockedGroup;
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
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Audiences in the {@code audiences} table.
 *
 * <p>{@link #add}, {@link #change} and {@link #remove} are each one transaction that first takes the
 * account group's {@link GroupLock}: every other change in that group, from any connection pool or
 * process, waits at that lock until this one commits or rolls back, so counts, names and folders
 * cannot go stale between the check and the write. The counts live on that row and move in the same
 * transaction, so checking a limit costs the same however many audiences the group holds. The unique
 * index on {@code (account_group_id, name_key)} is the last line of defence; its violation is
 * answered as the domain's name refusal.
 */
public final class JdbiAudienceRepository implements AudienceRepository {

    private final GroupChanges changes;
    private final PlainReads reads;

    JdbiAudienceRepository(Jdbi jdbi, Dialect dialect, PlainReads reads) {
        this.reads = reads;
        this.changes = new GroupChanges(jdbi, dialect, "audiences_name_unique", CreationPolicy::nameTaken, "could not change the audience");
    }

    @Override
    public Audience add(AccountGroupId accountGroupId, NameKey nameKey, Admission admission) {
        return changes.locked(accountGroupId, (handle, group) -> addLocked(handle, group, accountGroupId, nameKey, admission));
    }

    private Audience addLocked(Handle handle, LockedGroup locked, AccountGroupId accountGroupId, NameKey nameKey,
            Admission admission) {
        AudienceDao audiences = new AudienceDao(handle);
        boolean nameTaken = audiences.nameTaken(accountGroupId.value(), AudienceRow.storedKey(nameKey));
        Audience audience = admission.admit(new AccountGroupSnapshot(
                locked.group().toDomain(), locked.audiences(), locked.monitoringAudiences(), nameTaken));
        if (!audience.accountGroupId().equals(accountGroupId)) {
            throw new IllegalArgumentException("the admitted audience belongs to another account group");
        }
        new AccountGroupDao(handle).countAudiences(accountGroupId.value(), 1, audience.type() == AudienceType.MONITORING);
        audiences.insert(AudienceRow.of(audience));
        return audience;
    }

    @Override
    public Audience change(AccountGroupId accountGroupId, AudienceId audienceId, Change change) {
        return changes.locked(accountGroupId, (handle, group) -> {
            AudienceDao audiences = new AudienceDao(handle);
            Audience current = audiences.find(accountGroupId.value(), audienceId.value())
                    .map(AudienceRow::toDomain).orElseThrow(() -> noSuchAudience(audienceId));
            // The audience's row lock, as an upload takes it for its last check: an import cannot
            // start between this check and the change.
            new ProspectDao(handle).lockCount(accountGroupId.value(), audienceId.value());
            JdbiProspectRepository.requireReady(handle, audienceId, null);
            Audience changed = current.requireChangeOf(change.apply(current, new GroupView() {
                @Override
                public boolean nameHeldByAnother(NameKey nameKey, AudienceId self) {
                    return audiences.nameHeldByAnother(accountGroupId.value(), AudienceRow.storedKey(nameKey), self.value());
                }

                @Override
                public Optional<Folder> folder(FolderId folderId) {
                    return new FolderDao(handle).find(accountGroupId.value(), folderId.value()).map(FolderRow::toDomain);
                }
            }));
            if (!changed.equals(current)) {
                audiences.update(AudienceRow.of(changed));
            }
            return changed;
        });
    }

    @Override
    public void remove(AccountGroupId accountGroupId, AudienceId audienceId) {
        changes.locked(accountGroupId, (handle, group) -> {
            AudienceDao audiences = new AudienceDao(handle);
            AudienceRow row = audiences.find(accountGroupId.value(), audienceId.value())
                    .orElseThrow(() -> noSuchAudience(audienceId));
            // The audience's row lock, as an upload takes it for its last check: an import cannot
            // start between this check and the change.
            new ProspectDao(handle).lockCount(accountGroupId.value(), audienceId.value());
            JdbiProspectRepository.requireReady(handle, audienceId, null);
            audiences.delete(accountGroupId.value(), audienceId.value());
            new AccountGroupDao(handle).countAudiences(accountGroupId.value(), -1,
                    AudienceType.MONITORING.value().equals(row.type()));
            return null;
        });
    }


    private static UnknownIdException noSuchAudience(AudienceId audienceId) {
        return new UnknownIdException("no audience " + audienceId + " in this account group");
    }

    @Override
    public List<Audience> listNewestFirst(AccountGroupId accountGroupId, Optional<AudiencePosition> after, int limit) {
        List<AudienceRow> rows = after
                .map(position -> reads.query(AudienceDao.NEWEST_FIRST_AFTER, List.of(accountGroupId.value(),
                        position.createdAt().atOffset(ZoneOffset.UTC), position.id().value(), limit), AudienceDao::rows))
                .orElseGet(() -> reads.query(AudienceDao.NEWEST_FIRST, List.of(accountGroupId.value(), limit),
                        AudienceDao::rows));
        return rows.stream().map(AudienceRow::toDomain).toList();
    }

    @Override
    public Optional<Audience> find(AccountGroupId accountGroupId, AudienceId audienceId) {
        return StorageErrors.translate(() -> changes.jdbi().withHandle(
                handle -> new AudienceDao(handle).find(accountGroupId.value(), audienceId.value())))
                .map(AudienceRow::toDomain);
    }
}

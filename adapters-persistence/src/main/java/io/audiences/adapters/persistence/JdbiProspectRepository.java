package io.audiences.adapters.persistence;

import io.audiences.application.command.ProspectHolding;
import io.audiences.application.command.ProspectRemoval;
import io.audiences.application.port.out.ProspectRepository;
import io.audiences.domain.StateConflict;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.ImportId;
import io.audiences.domain.prospect.Prospect;
import io.audiences.domain.prospect.ProspectId;
import io.audiences.domain.prospect.ProspectKey;
import io.audiences.domain.prospect.ProspectPosition;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Prospects in the {@code prospects} table. {@link #add} and {@link #remove} are each one
 * transaction that first takes the audience's row lock ({@code SELECT … FOR UPDATE}, bounded by
 * {@link AudiencesDatabase#LOCK_TIMEOUT}): from any pool or process, no two changes of one
 * audience's prospects interleave, and its {@code prospect_count} moves with its rows. The unique
 * index on {@code (audience_id, prospect_key)} is the last line of defence. The audience's own
 * changes take the group's lock and then this row, never the other way round.
 */
public final class JdbiProspectRepository implements ProspectRepository {

    private final Jdbi jdbi;
    private final Dialect dialect;

    JdbiProspectRepository(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    @Override
    public long add(AccountGroupId accountGroupId, AudienceId audienceId, Set<ProspectKey> keys, Admission admission) {
        return addBy(accountGroupId, audienceId, null, keys, admission);
    }

    @Override
    public long addImported(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importId, Set<ProspectKey> keys,
            Admission admission) {
        return addBy(accountGroupId, audienceId, importId, keys, admission);
    }

    private long addBy(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importing, Set<ProspectKey> keys,
            Admission admission) {
        return locked(accountGroupId, audienceId, importing, (handle, prospects, count) -> {
            Map<ProspectKey, ProspectId> held = new HashMap<>();
            prospects.held(audienceId.value(), keys.stream().map(ProspectKey::value).toList())
                    .forEach((key, id) -> held.put(new ProspectKey(key), new ProspectId(id)));
            AccountGroupRow group = new AccountGroupDao(handle).find(accountGroupId.value())
                    .orElseThrow(() -> new UnknownIdException("no account group has id " + accountGroupId));
            List<Prospect> added = admission.admit(new ProspectHolding(group.toDomain(), count, held));
            if (added.stream().anyMatch(prospect -> !prospect.audienceId().equals(audienceId))) {
                throw new IllegalArgumentException("an admitted prospect belongs to another audience");
            }
            prospects.insert(added.stream().map(ProspectRow::of).toList());
            prospects.count(audienceId.value(), added.size());
            return count + added.size();
        });
    }

    @Override
    public ProspectRemoval remove(AccountGroupId accountGroupId, AudienceId audienceId, Collection<ProspectId> prospectIds) {
        return locked(accountGroupId, audienceId, null, (handle, prospects, count) -> {
            List<String> removed = prospects.delete(audienceId.value(), prospectIds.stream().map(ProspectId::value).toList());
            prospects.count(audienceId.value(), -removed.size());
            return new ProspectRemoval(removed.stream().map(ProspectId::new).collect(Collectors.toSet()), count - removed.size());
        });
    }

    @Override
    public Optional<Prospect> find(AccountGroupId accountGroupId, AudienceId audienceId, ProspectId prospectId) {
        return reading(accountGroupId, audienceId, false, prospects -> prospects.find(audienceId.value(), prospectId.value()))
                .map(ProspectRow::toDomain);
    }

    @Override
    public List<Prospect> listNewestFirst(AccountGroupId accountGroupId, AudienceId audienceId, Optional<ProspectPosition> after,
            int limit) {
        List<ProspectRow> rows = reading(accountGroupId, audienceId, true, prospects -> after
                .map(position -> prospects.newestFirstAfter(audienceId.value(), position.addedAt().atOffset(ZoneOffset.UTC),
                        position.id().value(), limit))
                .orElseGet(() -> prospects.newestFirst(audienceId.value(), limit)));
        return rows.stream().map(ProspectRow::toDomain).toList();
    }

    /** Work done under an audience's row lock, given its count. */
    @FunctionalInterface
    private interface Locked<T> {
        T run(Handle handle, ProspectDao prospects, long count);
    }

    /** {@code work} under the audience's row lock, once no import of it but {@code importing} is found queued or running. */
    private <T> T locked(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importing, Locked<T> work) {
        return inTransaction(handle -> {
            handle.execute(dialect.lockTimeout(AudiencesDatabase.LOCK_TIMEOUT));
            ProspectDao prospects = new ProspectDao(handle);
            long count = prospects.lockCount(accountGroupId.value(), audienceId.value())
                    .orElseThrow(() -> noSuchAudience(audienceId));
            requireReady(handle, audienceId, importing);
            return work.run(handle, prospects, count);
        });
    }

    /** Reads, once the group is found to hold the audience (and, {@code whenReady}, no import of it runs). */
    private <T> T reading(AccountGroupId accountGroupId, AudienceId audienceId, boolean whenReady, Function<ProspectDao, T> read) {
        return StorageErrors.translate(() -> jdbi.withHandle(handle -> {
            ProspectDao prospects = new ProspectDao(handle);
            if (!prospects.audienceExists(accountGroupId.value(), audienceId.value())) {
                throw noSuchAudience(audienceId);
            }
            if (whenReady) {
                requireReady(handle, audienceId, null);
            }
            return read.apply(prospects);
        }));
    }

    /** @throws StateConflict {@code AUDIENCE_NOT_READY} if an import of the audience other than {@code importing} is queued or running */
    static void requireReady(Handle handle, AudienceId audienceId, ImportId importing) {
        if (new ImportDao(handle).activeOther(audienceId.value(), importing == null ? null : importing.value()).isPresent()) {
            throw StateConflict.audienceNotReady();
        }
    }

    private <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        return StorageErrors.inTransaction(jdbi, "could not change the audience's prospects", work);
    }

    private static UnknownIdException noSuchAudience(AudienceId audienceId) {
        return new UnknownIdException("no audience " + audienceId + " in this account group");
    }
}

package io.audiences.application.memory;

import io.audiences.application.command.ProspectHolding;
import io.audiences.application.command.ProspectRemoval;
import io.audiences.application.port.out.ProspectRepository;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.ImportId;
import io.audiences.domain.prospect.Prospect;
import io.audiences.domain.prospect.ProspectId;
import io.audiences.domain.prospect.ProspectKey;
import io.audiences.domain.prospect.ProspectPosition;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Prospects in memory, kept with their audiences in the group's {@link GroupContents}: every step
 * holds the group's monitor, as the audiences' steps do, so an audience's count and its prospects
 * move together and a deleted audience takes its prospects with it.
 */
public final class InMemoryProspectRepository implements ProspectRepository {

    private final InMemoryAudienceRepository audiences;

    public InMemoryProspectRepository(InMemoryAudienceRepository audiences) {
        this.audiences = audiences;
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
        return changing(accountGroupId, audienceId, importing, (contents, prospects) -> {
            List<Prospect> added = admission.admit(new ProspectHolding(audiences.group(accountGroupId), prospects.size(), prospects.held(keys)));
            if (added.stream().anyMatch(prospect -> !prospect.audienceId().equals(audienceId))) {
                throw new IllegalArgumentException("an admitted prospect belongs to another audience");
            }
            prospects.addAll(added);
            contents.recount(audienceId);
            return (long) prospects.size();
        });
    }

    @Override
    public ProspectRemoval remove(AccountGroupId accountGroupId, AudienceId audienceId, Collection<ProspectId> prospectIds) {
        return changing(accountGroupId, audienceId, null, (contents, prospects) -> {
            Set<ProspectId> removed = prospects.removeAll(prospectIds);
            contents.recount(audienceId);
            return new ProspectRemoval(removed, prospects.size());
        });
    }

    @Override
    public Optional<Prospect> find(AccountGroupId accountGroupId, AudienceId audienceId, ProspectId prospectId) {
        return reading(accountGroupId, audienceId, false, prospects -> prospects.find(prospectId));
    }

    @Override
    public List<Prospect> listNewestFirst(AccountGroupId accountGroupId, AudienceId audienceId, Optional<ProspectPosition> after,
            int limit) {
        return reading(accountGroupId, audienceId, true, prospects -> prospects.newestFirst(after, limit));
    }

    private interface Step<T> {
        T run(GroupContents contents, AudienceProspects prospects);
    }

    /** {@code step} under the group's monitor, once the audience is found ready (but for {@code importing}, its own import). */
    private <T> T changing(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importing, Step<T> step) {
        GroupContents contents = audiences.contentsOf(accountGroupId);
        synchronized (contents) {
            AudienceProspects prospects = prospectsOf(contents, audienceId);
            contents.requireReady(audienceId, importing);
            return step.run(contents, prospects);
        }
    }

    private <T> T reading(AccountGroupId accountGroupId, AudienceId audienceId, boolean whenReady,
            Function<AudienceProspects, T> reader) {
        T read = audiences.read(accountGroupId, contents -> {
            AudienceProspects prospects = prospectsOf(contents, audienceId);
            if (whenReady) {
                contents.requireReady(audienceId, null);
            }
            return reader.apply(prospects);
        }, null);
        if (read == null) {
            throw noSuchAudience(audienceId);
        }
        return read;
    }

    private static AudienceProspects prospectsOf(GroupContents contents, AudienceId audienceId) {
        contents.audience(audienceId).orElseThrow(() -> noSuchAudience(audienceId));
        return contents.prospectsOf(audienceId);
    }

    private static UnknownIdException noSuchAudience(AudienceId audienceId) {
        return new UnknownIdException("no audience " + audienceId + " in this account group");
    }
}

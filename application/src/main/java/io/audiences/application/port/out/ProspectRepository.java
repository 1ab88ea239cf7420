package io.audiences.application.port.out;

import io.audiences.application.command.ProspectHolding;
import io.audiences.application.command.ProspectRemoval;
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

/**
 * Where the prospects of audiences are kept, with each audience's count of them.
 *
 * <p>{@link #add} and {@link #remove} are each <strong>one atomic step per audience</strong>: the
 * implementation takes an exclusive hold on the audience (for example its row lock), across
 * processes sharing one store, and moves the audience's {@code prospectCount} in the same step as
 * its prospects, so the count always equals the prospects a list pages through and a limit checked
 * under the hold cannot be outrun. Deleting the audience deletes its prospects with it.
 *
 * @see AudienceRepository#remove
 */
public interface ProspectRepository {

    /**
     * Under the audience's hold: finds which of {@code keys} it holds already, calls
     * {@code admission} with that and its count, and stores the prospects it returns (new keys of
     * this audience, each once), raising the count by as many.
     *
     * @return how many prospects the audience holds afterwards
     * @throws io.audiences.domain.UnknownIdException     if the account group holds no such audience
     * @throws io.audiences.domain.StateConflict          {@code AUDIENCE_NOT_READY} while an import of it is queued or running
     * @throws io.audiences.application.StorageException if storage fails; nothing was stored
     */
    long add(AccountGroupId accountGroupId, AudienceId audienceId, Set<ProspectKey> keys, Admission admission);

    /**
     * As {@link #add}, for a step of the import {@code importId} of the audience, which may be running.
     *
     * @throws io.audiences.domain.UnknownIdException if the account group holds no such audience
     */
    long addImported(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importId, Set<ProspectKey> keys,
            Admission admission);

    /**
     * Under the audience's hold, removes those of {@code prospectIds} it holds and lowers its count.
     *
     * @throws io.audiences.domain.UnknownIdException if the account group holds no such audience
     * @throws io.audiences.domain.StateConflict      {@code AUDIENCE_NOT_READY} while an import of it is queued or running
     */
    ProspectRemoval remove(AccountGroupId accountGroupId, AudienceId audienceId, Collection<ProspectId> prospectIds);

    /**
     * The audience's prospect with this id; empty when it holds none.
     *
     * @throws io.audiences.domain.UnknownIdException if the account group holds no such audience
     */
    Optional<Prospect> find(AccountGroupId accountGroupId, AudienceId audienceId, ProspectId prospectId);

    /**
     * Up to {@code limit} prospects of the audience in newest-first order, starting after {@code after} when given.
     *
     * @throws io.audiences.domain.UnknownIdException if the account group holds no such audience
     * @throws io.audiences.domain.StateConflict      {@code AUDIENCE_NOT_READY} while an import of it is queued or running
     */
    List<Prospect> listNewestFirst(AccountGroupId accountGroupId, AudienceId audienceId, Optional<ProspectPosition> after,
            int limit);

    /** Decides, from what the audience holds, which prospects to store (or refuses by throwing). */
    @FunctionalInterface
    interface Admission {
        List<Prospect> admit(ProspectHolding holding);
    }
}

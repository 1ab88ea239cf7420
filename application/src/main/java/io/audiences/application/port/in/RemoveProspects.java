package io.audiences.application.port.in;

import io.audiences.application.command.ProspectsRemoved;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.ProspectId;
import java.util.List;

/** Removes prospects from an audience: one, or a batch. */
public interface RemoveProspects {

    /**
     * Removes those of {@code prospectIds} that the audience holds, as one atomic step of the audience.
     *
     * @throws io.audiences.domain.UnknownIdException when the account group holds no such audience
     */
    ProspectsRemoved remove(AccountGroupId accountGroupId, AudienceId audienceId, List<ProspectId> prospectIds);

    /**
     * Removes one prospect; returns how many the audience holds after it.
     *
     * @throws io.audiences.domain.UnknownIdException when the group holds no such audience, or the audience no such prospect
     */
    default long removeOne(AccountGroupId accountGroupId, AudienceId audienceId, ProspectId prospectId) {
        ProspectsRemoved removed = remove(accountGroupId, audienceId, List.of(prospectId));
        if (removed.removed().isEmpty()) {
            throw new UnknownIdException("no prospect " + prospectId + " in this audience");
        }
        return removed.prospectCount();
    }
}

package io.audiences.application.port.in;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.Prospect;
import io.audiences.domain.prospect.ProspectId;

/** Reads one prospect of an audience. */
public interface GetProspect {

    /** @throws io.audiences.domain.UnknownIdException when the group holds no such audience, or the audience no such prospect */
    Prospect get(AccountGroupId accountGroupId, AudienceId audienceId, ProspectId prospectId);
}

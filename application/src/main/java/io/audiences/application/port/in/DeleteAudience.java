package io.audiences.application.port.in;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;

/** Deletes an audience: its place under the plan's limits and its name are free at once. */
public interface DeleteAudience {

    /** @throws io.audiences.domain.UnknownIdException when the account group holds no such audience */
    void delete(AccountGroupId accountGroupId, AudienceId audienceId);
}

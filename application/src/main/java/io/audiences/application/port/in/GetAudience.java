package io.audiences.application.port.in;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;

/** Reads one audience of an account group. */
public interface GetAudience {

    /** @throws io.audiences.domain.UnknownIdException when the account group holds no audience with this id */
    Audience get(AccountGroupId accountGroupId, AudienceId audienceId);
}

package io.audiences.application.port.in;

import io.audiences.domain.AccountGroupId;
import io.audiences.domain.Audience;
import io.audiences.domain.AudienceId;

/** Reads one audience of an account group. */
public interface GetAudience {

    /** @throws io.audiences.domain.NotFoundException when the account group holds no audience with this id */
    Audience get(AccountGroupId accountGroupId, AudienceId audienceId);
}

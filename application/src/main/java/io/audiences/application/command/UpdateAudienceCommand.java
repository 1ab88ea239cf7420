package io.audiences.application.command;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceChanges;
import io.audiences.domain.audience.AudienceId;
import java.util.Objects;

/** Change an audience's name, description or both. */
public record UpdateAudienceCommand(AccountGroupId accountGroupId, AudienceId audienceId, AudienceChanges changes) {

    public UpdateAudienceCommand {
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(audienceId, "audienceId");
        Objects.requireNonNull(changes, "changes");
    }
}

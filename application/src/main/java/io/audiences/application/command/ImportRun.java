package io.audiences.application.command;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.ImportId;

/** An import being worked on: what it fills, and the number of the last row whose outcome is stored. */
public record ImportRun(ImportId id, AccountGroupId accountGroupId, AudienceId audienceId, long rowsRead) {
}

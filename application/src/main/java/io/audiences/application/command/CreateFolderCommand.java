package io.audiences.application.command;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.folder.FolderDraft;
import java.util.Objects;

/** Create a folder in an account group. */
public record CreateFolderCommand(AccountGroupId accountGroupId, FolderDraft draft) {

    public CreateFolderCommand {
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(draft, "draft");
    }
}

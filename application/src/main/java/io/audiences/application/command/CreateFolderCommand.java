package io.audiences.application.command;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderDraft;
import java.util.Objects;

/**
 * Create a folder in an account group.
 *
 * @param claim the claim of an idempotency key to keep the outcome under, with the folder; {@code null} for none
 */
public record CreateFolderCommand(AccountGroupId accountGroupId, FolderDraft draft, IdempotencyClaim.Acquired<Folder> claim) {

    public CreateFolderCommand {
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(draft, "draft");
    }

    public CreateFolderCommand(AccountGroupId accountGroupId, FolderDraft draft) {
        this(accountGroupId, draft, null);
    }

    /** This command, its outcome kept under {@code idempotencyClaim}. */
    public CreateFolderCommand underClaim(IdempotencyClaim.Acquired<Folder> idempotencyClaim) {
        return new CreateFolderCommand(accountGroupId, draft, idempotencyClaim);
    }
}

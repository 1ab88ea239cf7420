package io.audiences.application.command;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderDraft;
import java.util.Objects;

/**
 * Create a folder in an account group.
 *
 * @param keeping where to keep the outcome for retries, with the folder; {@code null} for none
 */
public record CreateFolderCommand(AccountGroupId accountGroupId, FolderDraft draft, OutcomeKeeping<Folder> keeping) {

    public CreateFolderCommand {
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(draft, "draft");
    }

    public CreateFolderCommand(AccountGroupId accountGroupId, FolderDraft draft) {
        this(accountGroupId, draft, null);
    }

    /** This command, its outcome kept as {@code keeping} says. */
    public CreateFolderCommand keptAs(OutcomeKeeping<Folder> outcomeKeeping) {
        return new CreateFolderCommand(accountGroupId, draft, outcomeKeeping);
    }
}

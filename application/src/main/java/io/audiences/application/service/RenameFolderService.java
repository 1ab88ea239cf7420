package io.audiences.application.service;

import io.audiences.domain.audience.Name;
import io.audiences.application.port.in.RenameFolder;
import io.audiences.application.port.out.FolderRepository;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
import io.audiences.domain.folder.FolderPolicy;
import java.time.Clock;

/** Renames folders; {@code updatedAt} moves on. */
public final class RenameFolderService implements RenameFolder {

    private final FolderRepository folders;
    private final Clock clock;

    public RenameFolderService(FolderRepository folders, Clock clock) {
        this.folders = folders;
        this.clock = clock;
    }

    @Override
    public Folder rename(AccountGroupId accountGroupId, FolderId folderId, Name name) {
        return folders.rename(accountGroupId, folderId, name.key(), (current, nameHeldByAnother) -> {
            FolderPolicy.checkRename(nameHeldByAnother);
            return current.renamed(name, clock.instant());
        });
    }
}

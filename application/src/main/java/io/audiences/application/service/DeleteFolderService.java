package io.audiences.application.service;

import io.audiences.application.port.in.DeleteFolder;
import io.audiences.application.port.out.FolderRepository;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.folder.FolderId;

/** Deletes folders; their audiences stay, in no folder. */
public final class DeleteFolderService implements DeleteFolder {

    private final FolderRepository folders;

    public DeleteFolderService(FolderRepository folders) {
        this.folders = folders;
    }

    @Override
    public void delete(AccountGroupId accountGroupId, FolderId folderId) {
        folders.remove(accountGroupId, folderId);
    }
}

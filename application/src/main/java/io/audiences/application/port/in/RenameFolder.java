package io.audiences.application.port.in;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
import io.audiences.domain.folder.FolderName;

/** Renames a folder. */
public interface RenameFolder {

    /**
     * @throws io.audiences.domain.UnknownIdException      when the account group holds no such folder
     * @throws io.audiences.domain.FolderRefusedException {@code FOLDER_NAME_TAKEN}
     */
    Folder rename(AccountGroupId accountGroupId, FolderId folderId, FolderName name);
}

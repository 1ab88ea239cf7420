package io.audiences.application.port.in;

import io.audiences.domain.audience.Name;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;

/** Renames a folder. */
public interface RenameFolder {

    /**
     * @throws io.audiences.domain.UnknownIdException      when the account group holds no such folder
     * @throws io.audiences.domain.RuleRefusal {@code FOLDER_NAME_TAKEN}
     */
    Folder rename(AccountGroupId accountGroupId, FolderId folderId, Name name);
}

package io.audiences.application.port.in;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.folder.FolderId;

/** Deletes a folder; its audiences stay, in no folder. */
public interface DeleteFolder {

    /** @throws io.audiences.domain.UnknownIdException when the account group holds no such folder */
    void delete(AccountGroupId accountGroupId, FolderId folderId);
}

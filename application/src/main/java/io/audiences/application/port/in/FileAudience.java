package io.audiences.application.port.in;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.folder.FolderId;

/** Moves an audience into a folder of its group, or out of any folder. */
public interface FileAudience {

    /**
     * @throws io.audiences.domain.UnknownIdException        when the account group holds no such audience
     * @throws io.audiences.domain.RuleRefusal {@code FOLDER_NOT_FOUND} or {@code FOLDER_TYPE_MISMATCH}
     */
    Audience moveToFolder(AccountGroupId accountGroupId, AudienceId audienceId, FolderId folderId);

    /** @throws io.audiences.domain.UnknownIdException when the account group holds no such audience */
    Audience removeFromFolder(AccountGroupId accountGroupId, AudienceId audienceId);
}

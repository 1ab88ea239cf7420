package io.audiences.application.service;

import io.audiences.application.port.in.FileAudience;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.folder.FolderId;
import io.audiences.domain.folder.FolderPolicy;

/** Files audiences in folders: the folder rules, applied inside the repository's atomic step. */
public final class FileAudienceService implements FileAudience {

    private final AudienceRepository audiences;

    public FileAudienceService(AudienceRepository audiences) {
        this.audiences = audiences;
    }

    @Override
    public Audience moveToFolder(AccountGroupId accountGroupId, AudienceId audienceId, FolderId folderId) {
        return audiences.change(accountGroupId, audienceId,
                (current, group) -> FolderPolicy.file(current, folderId, group.folder(folderId)));
    }

    @Override
    public Audience removeFromFolder(AccountGroupId accountGroupId, AudienceId audienceId) {
        return audiences.change(accountGroupId, audienceId, (current, group) -> current.inFolder(null));
    }
}

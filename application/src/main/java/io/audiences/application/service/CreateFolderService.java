package io.audiences.application.service;

import io.audiences.application.command.CreateFolderCommand;
import io.audiences.application.port.in.CreateFolder;
import io.audiences.application.port.out.FolderRepository;
import io.audiences.application.port.out.IdSource;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
import io.audiences.domain.folder.FolderPolicy;
import java.time.Clock;

/** Creates folders: the domain's folder rules, applied inside the repository's atomic step. */
public final class CreateFolderService implements CreateFolder {

    private final FolderRepository folders;
    private final IdSource ids;
    private final Clock clock;

    public CreateFolderService(FolderRepository folders, IdSource ids, Clock clock) {
        this.folders = folders;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Folder create(CreateFolderCommand command) {
        return folders.add(command.accountGroupId(), command.draft().name().key(), snapshot -> {
            FolderPolicy.checkCreation(snapshot);
            return Folder.create(new FolderId(ids.nextId()), command.accountGroupId(), command.draft(),
                    snapshot.nextPosition(), clock.instant());
        });
    }
}

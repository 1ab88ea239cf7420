package io.audiences.application.port.in;

import io.audiences.application.command.CreateFolderCommand;
import io.audiences.domain.folder.Folder;

/** Creates a folder, applying the folder rules atomically. */
public interface CreateFolder {

    /**
     * @throws io.audiences.domain.RuleRefusal {@code FOLDER_LIMIT_REACHED} or {@code FOLDER_NAME_TAKEN}
     * @throws io.audiences.domain.UnknownIdException      when the account group does not exist
     */
    Folder create(CreateFolderCommand command);
}

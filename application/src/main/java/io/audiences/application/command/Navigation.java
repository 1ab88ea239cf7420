package io.audiences.application.command;

import io.audiences.domain.audience.Audience;
import io.audiences.domain.folder.Folder;
import java.util.List;
import java.util.Objects;

/** An account group's tree: its folders by position, each with its audiences, and the audiences in no folder. */
public record Navigation(List<FolderContents> folders, List<Audience> ungrouped) {

    public Navigation {
        folders = List.copyOf(folders);
        ungrouped = List.copyOf(ungrouped);
    }

    /** A folder and its audiences, newest first. */
    public record FolderContents(Folder folder, List<Audience> audiences) {

        public FolderContents {
            Objects.requireNonNull(folder, "folder");
            audiences = List.copyOf(audiences);
        }
    }
}

package io.audiences.domain.folder;

/**
 * An account group's folders as the folder rules see them at the moment of a creation attempt.
 *
 * @param folders      how many folders the group holds
 * @param nameTaken    whether one of them already has the new folder's name (by {@code NameKey})
 * @param nextPosition the new folder's position: 0, or one more than the highest in the group
 */
public record FolderSnapshot(long folders, boolean nameTaken, long nextPosition) {

    public FolderSnapshot {
        if (folders < 0 || nextPosition < 0) {
            throw new IllegalArgumentException("counts and positions are not negative");
        }
    }
}

package io.audiences.application.port.out;

import io.audiences.application.command.Navigation;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.NameKey;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
import io.audiences.domain.folder.FolderSnapshot;
import java.util.Optional;

/**
 * Where folders are kept. Every change is <strong>one atomic step per account group</strong>, under
 * the same exclusive hold as {@link AudienceRepository#add}: across processes sharing one store, no
 * two changes of one group's folders and audiences interleave, so the folder limit, unique names and
 * "no audience in a missing folder" hold under races.
 */
public interface FolderRepository {

    /**
     * Under the group's hold: builds its {@link FolderSnapshot} (count, whether {@code nameKey} is
     * taken, the next position), calls {@code admission} and stores the folder it returns.
     *
     * @throws io.audiences.domain.UnknownIdException     if the account group does not exist
     * @throws io.audiences.application.StorageException if storage fails; nothing was stored
     */
    Folder add(AccountGroupId accountGroupId, NameKey nameKey, Admission admission);

    /**
     * Under the group's hold: finds the folder, tells {@code renaming} whether another folder of the
     * group holds {@code nameKey}, and stores the folder it returns.
     *
     * @throws io.audiences.domain.UnknownIdException if the folder is not in this account group
     */
    Folder rename(AccountGroupId accountGroupId, FolderId folderId, NameKey nameKey, Renaming renaming);

    /**
     * Under the group's hold: removes the folder; the audiences it held stay, in no folder.
     *
     * @throws io.audiences.domain.UnknownIdException if the folder is not in this account group
     */
    void remove(AccountGroupId accountGroupId, FolderId folderId);

    /** The folder with this id in this account group; empty when it is not there. */
    Optional<Folder> find(AccountGroupId accountGroupId, FolderId folderId);

    /**
     * The group's folders by position, each with its audiences, and the audiences in no folder, all
     * newest first: one consistent view (an audience moved meanwhile appears once), read in a fixed
     * number of steps however many folders there are.
     */
    Navigation navigation(AccountGroupId accountGroupId);

    /** Decides, from the group's folders, which folder to store (or refuses by throwing). */
    @FunctionalInterface
    interface Admission {
        Folder admit(FolderSnapshot snapshot);
    }

    /** Renames {@code current} (or refuses by throwing). */
    @FunctionalInterface
    interface Renaming {
        Folder rename(Folder current, boolean nameHeldByAnother);
    }
}

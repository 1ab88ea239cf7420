package io.audiences.application.memory;

import io.audiences.application.command.Navigation;
import io.audiences.application.port.out.FolderRepository;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.NameKey;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
import java.util.List;
import java.util.Optional;

/** Folders in memory, under the same per-group monitor as {@link InMemoryAudienceRepository}'s audiences. */
public final class InMemoryFolderRepository implements FolderRepository {

    private final InMemoryAudienceRepository audiences;

    public InMemoryFolderRepository(InMemoryAudienceRepository audiences) {
        this.audiences = audiences;
    }

    @Override
    public Folder add(AccountGroupId accountGroupId, NameKey nameKey, Admission admission) {
        GroupContents contents = audiences.contentsOf(accountGroupId);
        synchronized (contents) {
            audiences.group(accountGroupId);
            Folder folder = admission.admit(contents.folderSnapshot(nameKey));
            if (!folder.accountGroupId().equals(accountGroupId) || contents.folder(folder.id()).isPresent()) {
                throw new IllegalArgumentException("the admitted folder must be new and of this account group");
            }
            contents.put(folder);
            return folder;
        }
    }

    @Override
    public Folder rename(AccountGroupId accountGroupId, FolderId folderId, NameKey nameKey, Renaming renaming) {
        GroupContents contents = audiences.contentsOf(accountGroupId);
        synchronized (contents) {
            Folder current = contents.folder(folderId).orElseThrow(() -> noSuchFolder(folderId));
            Folder renamed = current.requireRenameOf(renaming.rename(current, contents.folderNameHeldByAnother(nameKey, folderId)));
            contents.put(renamed);
            return renamed;
        }
    }

    @Override
    public void remove(AccountGroupId accountGroupId, FolderId folderId) {
        GroupContents contents = audiences.contentsOf(accountGroupId);
        synchronized (contents) {
            contents.remove(contents.folder(folderId).orElseThrow(() -> noSuchFolder(folderId)));
        }
    }

    @Override
    public Optional<Folder> find(AccountGroupId accountGroupId, FolderId folderId) {
        return audiences.read(accountGroupId, contents -> contents.folder(folderId), Optional.empty());
    }

    @Override
    public Navigation navigation(AccountGroupId accountGroupId) {
        return audiences.read(accountGroupId, GroupContents::navigation, new Navigation(List.of(), List.of()));
    }

    private static UnknownIdException noSuchFolder(FolderId folderId) {
        return new UnknownIdException("no folder " + folderId + " in this account group");
    }
}

package io.audiences.adapters.persistence;

import io.audiences.application.command.Navigation;
import io.audiences.application.command.Navigation.FolderContents;
import io.audiences.application.port.out.FolderRepository;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.NameKey;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
import io.audiences.domain.folder.FolderPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Folders in the {@code folders} table. Every change is one transaction under the account group's
 * {@link GroupLock}, the hold that audience changes take too; the navigation reads the whole tree
 * under a shared hold on it, in two queries whatever the number of folders.
 */
public final class JdbiFolderRepository implements FolderRepository {

    private final GroupChanges changes;

    JdbiFolderRepository(Jdbi jdbi, Dialect dialect) {
        this.changes = new GroupChanges(jdbi, dialect, "folders_name_unique", FolderPolicy::nameTaken, "could not change the folders");
    }

    @Override
    public Folder add(AccountGroupId accountGroupId, NameKey nameKey, Admission admission) {
        return changes.locked(accountGroupId, (handle, group) -> {
            FolderDao folders = new FolderDao(handle);
            Folder folder = admission.admit(folders.snapshot(accountGroupId.value(), AudienceRow.storedKey(nameKey)));
            if (!folder.accountGroupId().equals(accountGroupId)) {
                throw new IllegalArgumentException("the admitted folder belongs to another account group");
            }
            folders.insert(FolderRow.of(folder));
            return folder;
        });
    }

    @Override
    public Folder rename(AccountGroupId accountGroupId, FolderId folderId, NameKey nameKey, Renaming renaming) {
        return changes.locked(accountGroupId, (handle, group) -> {
            FolderDao folders = new FolderDao(handle);
            Folder current = folders.find(accountGroupId.value(), folderId.value()).map(FolderRow::toDomain)
                    .orElseThrow(() -> noSuchFolder(folderId));
            Folder renamed = current.requireRenameOf(renaming.rename(current,
                    folders.nameHeldByAnother(accountGroupId.value(), AudienceRow.storedKey(nameKey), folderId.value())));
            folders.rename(FolderRow.of(renamed));
            return renamed;
        });
    }

    @Override
    public void remove(AccountGroupId accountGroupId, FolderId folderId) {
        changes.locked(accountGroupId, (handle, group) -> {
            FolderDao folders = new FolderDao(handle);
            folders.find(accountGroupId.value(), folderId.value()).orElseThrow(() -> noSuchFolder(folderId));
            folders.delete(accountGroupId.value(), folderId.value());
            return null;
        });
    }

    @Override
    public Optional<Folder> find(AccountGroupId accountGroupId, FolderId folderId) {
        return StorageErrors.translate(() -> changes.jdbi().withHandle(
                handle -> new FolderDao(handle).find(accountGroupId.value(), folderId.value()))).map(FolderRow::toDomain);
    }

    @Override
    public Navigation navigation(AccountGroupId accountGroupId) {
        return changes.inTransaction(handle -> {
            try {
                GroupLock.share(handle, changes.dialect(), accountGroupId);
            } catch (UnknownIdException noSuchGroup) {
                return new Navigation(List.of(), List.of());
            }
            List<FolderRow> folders = new FolderDao(handle).byPosition(accountGroupId.value());
            Map<String, List<Audience>> byFolder = new HashMap<>();
            List<Audience> ungrouped = new ArrayList<>();
            for (AudienceRow row : new AudienceDao(handle).allNewestFirst(accountGroupId.value())) {
                Audience audience = row.toDomain();
                (audience.folderId() == null ? ungrouped
                        : byFolder.computeIfAbsent(audience.folderId(), id -> new ArrayList<>())).add(audience);
            }
            return new Navigation(folders.stream().map(row -> new FolderContents(row.toDomain(),
                    byFolder.getOrDefault(row.id(), List.of()))).toList(), ungrouped);
        });
    }


    private static UnknownIdException noSuchFolder(FolderId folderId) {
        return new UnknownIdException("no folder " + folderId + " in this account group");
    }
}

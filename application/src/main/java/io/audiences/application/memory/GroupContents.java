package io.audiences.application.memory;

import io.audiences.application.command.Navigation;
import io.audiences.application.command.Navigation.FolderContents;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.StateConflict;
import io.audiences.domain.audience.AccountGroupSnapshot;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudiencePosition;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.audience.CreationPolicy;
import io.audiences.domain.audience.NameKey;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
import io.audiences.domain.folder.FolderPolicy;
import io.audiences.domain.folder.FolderSnapshot;
import io.audiences.domain.prospect.ImportId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One account group's audiences and folders, indexed as they are read. Not thread-safe: the
 * repositories hold its monitor for each whole step, which is how they keep the ports' atomicity.
 */
final class GroupContents {

    private static final Comparator<AudiencePosition> NEWEST_FIRST = Comparator.comparing(AudiencePosition::createdAt)
            .thenComparing(position -> position.id().value()).reversed();

    private final NavigableMap<AudiencePosition, Audience> newestFirst = new TreeMap<>(NEWEST_FIRST);
    private final Map<AudienceId, Audience> audiences = new HashMap<>();
    private final Map<NameKey, AudienceId> audienceNames = new HashMap<>();
    private final Map<FolderId, Folder> folders = new LinkedHashMap<>();
    private final Map<NameKey, FolderId> folderNames = new HashMap<>();
    private final Map<AudienceId, AudienceProspects> prospects = new HashMap<>();
    /** The import of an audience that is queued or running, by audience. */
    private final Map<AudienceId, ImportId> importing = new HashMap<>();
    private long monitoring;

    AccountGroupSnapshot snapshot(AccountGroup group, NameKey nameKey) {
        return new AccountGroupSnapshot(group, audiences.size(), monitoring, audienceNames.containsKey(nameKey));
    }

    void add(Audience audience) {
        if (audienceNames.putIfAbsent(audience.nameKey(), audience.id()) != null) {
            throw CreationPolicy.nameTaken();
        }
        newestFirst.put(AudiencePosition.of(audience), audience);
        audiences.put(audience.id(), audience);
        if (audience.type() == AudienceType.MONITORING) {
            monitoring++;
        }
    }

    Optional<Audience> audience(AudienceId id) {
        return Optional.ofNullable(audiences.get(id));
    }

    boolean nameHeldByAnother(NameKey nameKey, AudienceId self) {
        AudienceId holder = audienceNames.get(nameKey);
        return holder != null && !holder.equals(self);
    }

    /**
     * Replaces {@code changed}'s stored version (same id, type and creation time).
     *
     * @throws StateConflict {@code AUDIENCE_NOT_READY} while an import of it is queued or running
     */
    void replace(Audience changed) {
        requireReady(changed.id(), null);
        store(changed);
    }

    private void store(Audience changed) {
        Audience current = audiences.get(changed.id());
        if (nameHeldByAnother(changed.nameKey(), changed.id())) {
            throw CreationPolicy.nameTaken();
        }
        if (changed.folderId() != null && !folders.containsKey(new FolderId(changed.folderId()))) {
            throw new IllegalArgumentException("an audience can only be filed in a folder of its group");
        }
        audienceNames.remove(current.nameKey());
        audienceNames.put(changed.nameKey(), changed.id());
        audiences.put(changed.id(), changed);
        newestFirst.put(AudiencePosition.of(changed), changed);
    }

    void remove(Audience audience) {
        requireReady(audience.id(), null);
        prospects.remove(audience.id());
        audiences.remove(audience.id());
        audienceNames.remove(audience.nameKey());
        newestFirst.remove(AudiencePosition.of(audience));
        if (audience.type() == AudienceType.MONITORING) {
            monitoring--;
        }
    }

    /** The prospects of the audience {@code id} (which the group holds), none at first. */
    AudienceProspects prospectsOf(AudienceId id) {
        return prospects.computeIfAbsent(id, audience -> new AudienceProspects());
    }

    /**
     * @throws StateConflict {@code AUDIENCE_NOT_READY} if an import of the audience other than
     *                       {@code except} is queued or running
     */
    void requireReady(AudienceId id, ImportId except) {
        ImportId active = importing.get(id);
        if (active != null && !active.equals(except)) {
            throw StateConflict.audienceNotReady();
        }
    }

    /** The audience's import is queued or running from now on. */
    void importing(AudienceId id, ImportId importId) {
        requireReady(id, null);
        importing.put(id, importId);
    }

    /** The audience's import {@code importId} has ended. */
    void imported(AudienceId id, ImportId importId) {
        importing.remove(id, importId);
    }

    /** Sets the audience's count to what its prospects are now. */
    void recount(AudienceId id) {
        Audience counted = audiences.get(id).withProspectCount(prospectsOf(id).size());
        audiences.put(id, counted);
        newestFirst.put(AudiencePosition.of(counted), counted);
    }

    List<Audience> newestFirst(Optional<AudiencePosition> after, int limit) {
        return after.map(position -> newestFirst.tailMap(position, false)).orElse(newestFirst)
                .values().stream().limit(limit).toList();
    }

    FolderSnapshot folderSnapshot(NameKey nameKey) {
        long nextPosition = folders.values().stream().mapToLong(folder -> folder.position() + 1).max().orElse(0);
        return new FolderSnapshot(folders.size(), folderNames.containsKey(nameKey), nextPosition);
    }

    Optional<Folder> folder(FolderId id) {
        return Optional.ofNullable(folders.get(id));
    }

    boolean folderNameHeldByAnother(NameKey nameKey, FolderId self) {
        FolderId holder = folderNames.get(nameKey);
        return holder != null && !holder.equals(self);
    }

    void put(Folder folder) {
        Folder current = folders.get(folder.id());
        if (folderNameHeldByAnother(folder.nameKey(), folder.id())) {
            throw FolderPolicy.nameTaken();
        }
        if (current != null) {
            folderNames.remove(current.nameKey());
        }
        folderNames.put(folder.nameKey(), folder.id());
        folders.put(folder.id(), folder);
    }

    void remove(Folder folder) {
        folders.remove(folder.id());
        folderNames.remove(folder.nameKey());
        for (Audience audience : List.copyOf(audiences.values())) {
            if (folder.id().value().equals(audience.folderId())) {
                // Not a change the audience's import holds off: its folder is gone.
                store(audience.inFolder(null));
            }
        }
    }

    Navigation navigation() {
        Map<String, List<Audience>> byFolder = new HashMap<>();
        List<Audience> ungrouped = new ArrayList<>();
        for (Audience audience : newestFirst.values()) {
            if (audience.folderId() == null) {
                ungrouped.add(audience);
            } else {
                byFolder.computeIfAbsent(audience.folderId(), id -> new ArrayList<>()).add(audience);
            }
        }
        List<FolderContents> contents = folders.values().stream()
                .sorted(Comparator.comparingLong(Folder::position))
                .map(folder -> new FolderContents(folder, byFolder.getOrDefault(folder.id().value(), List.of())))
                .toList();
        return new Navigation(contents, ungrouped);
    }
}

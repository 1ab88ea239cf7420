package io.audiences.domain.folder;

import io.audiences.domain.audience.Name;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.audience.NameKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A folder of an account group: it holds audiences of one type.
 *
 * @param pinned   whether it is pinned (no route sets it yet: always {@code false} for a new folder)
 * @param position its place in the group: 0 for the first, then one more than the highest in the group when it was created
 */
public record Folder(
        FolderId id,
        AccountGroupId accountGroupId,
        Name name,
        AudienceType audienceType,
        boolean pinned,
        long position,
        Instant createdAt,
        Instant updatedAt) {

    public Folder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(audienceType, "audienceType");
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative");
        }
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MILLIS);
        updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(ChronoUnit.MILLIS);
    }

    /** A new folder at {@code position}, created and updated at {@code now}. */
    public static Folder create(FolderId id, AccountGroupId accountGroupId, FolderDraft draft, long position, Instant now) {
        return new Folder(id, accountGroupId, draft.name(), draft.audienceType(), false, position, now, now);
    }

    /**
     * {@code renamed}, checked to be this folder under another name: the same id and group.
     *
     * @throws IllegalArgumentException otherwise
     */
    public Folder requireRenameOf(Folder renamed) {
        if (!renamed.id.equals(id) || !renamed.accountGroupId.equals(accountGroupId)) {
            throw new IllegalArgumentException("a renamed folder keeps its id and group");
        }
        return renamed;
    }

    /** This folder under another name, updated at {@code now}. */
    public Folder renamed(Name newName, Instant now) {
        return new Folder(id, accountGroupId, newName, audienceType, pinned, position, createdAt, now);
    }

    public NameKey nameKey() {
        return name.key();
    }
}

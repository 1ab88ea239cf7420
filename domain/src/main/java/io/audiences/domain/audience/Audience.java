package io.audiences.domain.audience;

import io.audiences.domain.HexIds;
import io.audiences.domain.accountgroup.AccountGroupId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A named list of sales prospects in an account group.
 *
 * @param description   its description, or {@code null} when it has none
 * @param folderId      the folder it is filed in, or {@code null} (a new audience is in none)
 * @param prospectCount how many prospects it holds
 * @param createdAt     when it was created, to the millisecond
 */
public record Audience(
        AudienceId id,
        AccountGroupId accountGroupId,
        Name name,
        AudienceDescription description,
        AudienceType type,
        String folderId,
        long prospectCount,
        Instant createdAt) {

    public Audience {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        if (folderId != null && !HexIds.isValid(folderId)) {
            throw new IllegalArgumentException("folderId must be null or 24 lower-case hex characters");
        }
        if (prospectCount < 0) {
            throw new IllegalArgumentException("prospectCount must not be negative");
        }
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A new audience: in no folder, with no prospects, created at {@code now} (kept to the millisecond). */
    public static Audience create(AudienceId id, AccountGroupId accountGroupId, AudienceDraft draft, Instant now) {
        return new Audience(id, accountGroupId, draft.name(), draft.description(), draft.type(), null, 0, now);
    }

    /** An audience read back from storage: its texts pass the same checks as a new audience's. */
    public static Audience restore(
            AudienceId id,
            AccountGroupId accountGroupId,
            String name,
            String description,
            AudienceType type,
            String folderId,
            long prospectCount,
            Instant createdAt) {
        return new Audience(id, accountGroupId, new Name(name), AudienceDescription.ofNullable(description), type,
                folderId, prospectCount, createdAt);
    }

    public NameKey nameKey() {
        return name.key();
    }

    /**
     * {@code changed}, checked to be a change of this audience: the same id, group, type and
     * creation time (what a change may not touch).
     *
     * @throws IllegalArgumentException otherwise
     */
    public Audience requireChangeOf(Audience changed) {
        if (!changed.id.equals(id) || !changed.accountGroupId.equals(accountGroupId) || changed.type != type
                || !changed.createdAt.equals(createdAt)) {
            throw new IllegalArgumentException("a change keeps the audience's id, group, type and creation time");
        }
        return changed;
    }

    /** This audience with another name and description. */
    public Audience described(Name newName, AudienceDescription newDescription) {
        return new Audience(id, accountGroupId, newName, newDescription, type, folderId, prospectCount, createdAt);
    }

    /** This audience filed in the folder {@code newFolderId}, or in none when it is {@code null}. */
    public Audience inFolder(String newFolderId) {
        return new Audience(id, accountGroupId, name, description, type, newFolderId, prospectCount, createdAt);
    }

    /** This audience holding {@code count} prospects. */
    public Audience withProspectCount(long count) {
        return new Audience(id, accountGroupId, name, description, type, folderId, count, createdAt);
    }
}

package io.audiences.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A named list of sales prospects in an account group.
 *
 * @param folderId      the folder it is filed in, or {@code null} (a new audience is in none)
 * @param prospectCount how many prospects it holds
 * @param createdAt     when it was created, to the millisecond
 */
public record Audience(
        AudienceId id,
        AccountGroupId accountGroupId,
        String name,
        String description,
        AudienceType type,
        String folderId,
        long prospectCount,
        Instant createdAt) {

    public Audience {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(createdAt, "createdAt");
        AudienceDraft valid = new AudienceDraft(name, description, type);
        name = valid.name();
        description = valid.description();
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

    /** An audience read back from storage; runs the same checks as {@link #create}. */
    public static Audience restore(
            AudienceId id,
            AccountGroupId accountGroupId,
            String name,
            String description,
            AudienceType type,
            String folderId,
            long prospectCount,
            Instant createdAt) {
        return new Audience(id, accountGroupId, name, description, type, folderId, prospectCount, createdAt);
    }

    public NameKey nameKey() {
        return NameKey.of(name);
    }
}

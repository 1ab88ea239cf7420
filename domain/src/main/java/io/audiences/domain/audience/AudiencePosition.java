package io.audiences.domain.audience;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an audience stands in its account group's newest-first order: by creation time, descending,
 * then by id, descending. A total order, so keyset pages never skip or repeat an audience.
 */
public record AudiencePosition(Instant createdAt, AudienceId id) {

    public AudiencePosition {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    public static AudiencePosition of(Audience audience) {
        return new AudiencePosition(audience.createdAt(), audience.id());
    }

    /** Whether {@code audience} comes after this position in newest-first order. */
    public boolean isFollowedBy(Audience audience) {
        int byTime = audience.createdAt().compareTo(createdAt);
        return byTime < 0 || byTime == 0 && audience.id().value().compareTo(id.value()) < 0;
    }
}

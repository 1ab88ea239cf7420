package io.audiences.domain.prospect;

import io.audiences.domain.audience.AudienceId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A sales prospect held by one audience: the same person in two audiences is two prospects.
 *
 * @param details what is known of the person, as it was added
 * @param addedAt when it was added, to the millisecond
 */
public record Prospect(ProspectId id, AudienceId audienceId, ProspectDraft details, Instant addedAt) {

    public Prospect {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(audienceId, "audienceId");
        Objects.requireNonNull(details, "details");
        addedAt = Objects.requireNonNull(addedAt, "addedAt").truncatedTo(ChronoUnit.MILLIS);
    }

    /** Who this prospect is within its audience. */
    public ProspectKey key() {
        return details.key();
    }
}

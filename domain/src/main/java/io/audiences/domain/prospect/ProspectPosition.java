package io.audiences.domain.prospect;

import java.util.Comparator;
import java.util.Objects;
import java.time.Instant;

/**
 * Where a prospect stands in its audience's newest-first order: by the time it was added,
 * descending, then by id, descending. A total order, so keyset pages never skip or repeat one.
 */
public record ProspectPosition(Instant addedAt, ProspectId id) {

    /** Newest first. */
    public static final Comparator<ProspectPosition> NEWEST_FIRST = Comparator.comparing(ProspectPosition::addedAt)
            .thenComparing(position -> position.id().value()).reversed();

    public ProspectPosition {
        Objects.requireNonNull(addedAt, "addedAt");
        Objects.requireNonNull(id, "id");
    }

    public static ProspectPosition of(Prospect prospect) {
        return new ProspectPosition(prospect.addedAt(), prospect.id());
    }
}

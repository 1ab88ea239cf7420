package io.audiences.application.command;

import io.audiences.domain.audience.AudiencePosition;
import io.audiences.domain.audience.Audience;
import java.util.List;
import java.util.Optional;

/** A page of audiences, newest first, and whether more follow it. */
public record AudiencePage(List<Audience> items, boolean hasMore) {

    public AudiencePage {
        items = List.copyOf(items);
    }

    /** Where the next page starts, when there is one. */
    public Optional<AudiencePosition> next() {
        return hasMore && !items.isEmpty() ? Optional.of(AudiencePosition.of(items.get(items.size() - 1))) : Optional.empty();
    }
}

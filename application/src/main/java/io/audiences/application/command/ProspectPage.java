package io.audiences.application.command;

import io.audiences.domain.prospect.Prospect;
import io.audiences.domain.prospect.ProspectPosition;
import java.util.List;
import java.util.Optional;

/** A page of an audience's prospects, newest first, and whether more follow it. */
public record ProspectPage(List<Prospect> items, boolean hasMore) {

    public ProspectPage {
        items = List.copyOf(items);
    }

    /** Where the next page starts, when there is one. */
    public Optional<ProspectPosition> next() {
        return hasMore && !items.isEmpty() ? Optional.of(ProspectPosition.of(items.get(items.size() - 1))) : Optional.empty();
    }
}

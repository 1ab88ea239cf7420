package io.audiences.application.command;

import io.audiences.domain.prospect.ProspectId;
import java.util.List;

/**
 * What a removal did: the ids it removed and those the audience did not hold, each in the order
 * asked (once each), and how many prospects the audience holds after it.
 */
public record ProspectsRemoved(List<ProspectId> removed, List<ProspectId> notFound, long prospectCount) {

    public ProspectsRemoved {
        removed = List.copyOf(removed);
        notFound = List.copyOf(notFound);
    }
}

package io.audiences.application.command;

import io.audiences.domain.prospect.ProspectId;
import java.util.Set;

/** What a removal removed (the ids the audience held) and the audience's count afterwards. */
public record ProspectRemoval(Set<ProspectId> removed, long prospectCount) {

    public ProspectRemoval {
        removed = Set.copyOf(removed);
    }
}

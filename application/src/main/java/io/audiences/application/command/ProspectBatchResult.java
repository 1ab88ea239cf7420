package io.audiences.application.command;

import io.audiences.domain.prospect.Prospect;
import io.audiences.domain.prospect.ProspectId;
import java.util.List;
import java.util.Objects;

/**
 * What a batch did, one entry per item by its index in the batch, and how many prospects the
 * audience holds after it.
 */
public record ProspectBatchResult(List<Added> added, List<AlreadyPresent> alreadyPresent, List<Rejected> rejected,
        long prospectCount) {

    public ProspectBatchResult {
        added = List.copyOf(added);
        alreadyPresent = List.copyOf(alreadyPresent);
        rejected = List.copyOf(rejected);
    }

    /** The item at {@code index} became {@code prospect}. */
    public record Added(int index, Prospect prospect) {

        public Added {
            Objects.requireNonNull(prospect, "prospect");
        }
    }

    /** The item at {@code index} is a prospect the audience holds already: {@code id}. */
    public record AlreadyPresent(int index, ProspectId id) {

        public AlreadyPresent {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * The item at {@code index} was refused: {@code code} is {@code VALIDATION_ERROR} (with the
     * broken rules as {@code details}) or a rule's, such as {@code PROSPECT_LIMIT_REACHED}.
     */
    public record Rejected(int index, String code, String details) {

        public Rejected {
            Objects.requireNonNull(code, "code");
        }
    }
}

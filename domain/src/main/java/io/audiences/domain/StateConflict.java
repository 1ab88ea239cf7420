package io.audiences.domain;

import java.util.Objects;

/**
 * A well-formed request that what it addresses cannot take in its present state (a 409): an
 * audience being filled by an import, an import that has finished. Unlike a rule's refusal it
 * may succeed later, unchanged.
 */
public final class StateConflict extends DomainRefusal {

    private static final long serialVersionUID = 1L;

    /** The contract's conflicts, by code. */
    public enum Kind {
        /** An import of the audience is queued or running. */
        AUDIENCE_NOT_READY,
        /** The import is completed, cancelled or failed already. */
        IMPORT_ALREADY_FINISHED
    }

    private final Kind kind;

    public StateConflict(Kind kind, String details) {
        super(details);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public static StateConflict audienceNotReady() {
        return new StateConflict(Kind.AUDIENCE_NOT_READY,
                "an import of this audience is queued or running; retry once it has finished");
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String code() {
        return kind.name();
    }
}

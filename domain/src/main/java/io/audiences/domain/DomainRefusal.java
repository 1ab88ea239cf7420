package io.audiences.domain;

/**
 * Everything the domain refuses. Each refusal carries a stable, machine-readable code from the
 * contract and a human-readable {@code details} text safe to show to the caller.
 */
public abstract sealed class DomainRefusal extends RuntimeException
        permits InvalidInputException, RuleRefusal, StateConflict, UnknownIdException {

    private static final long serialVersionUID = 1L;

    protected DomainRefusal(String details) {
        super(details, null, false, false);
    }

    /** The contract's error code, e.g. {@code AUDIENCE_LIMIT_REACHED}. */
    public abstract String code();

    /** What was refused and why, safe to return to the caller. */
    public String details() {
        return getMessage();
    }
}

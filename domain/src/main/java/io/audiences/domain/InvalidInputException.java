package io.audiences.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks the contract's rules; names every violated field, in a stable order. */
public final class InvalidInputException extends DomainRefusal {

    /** The contract's code for input that breaks its rules. */
    public static final String CODE = "VALIDATION_ERROR";

    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(join(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(FieldViolation violation) {
        this(List.of(violation));
    }

    /** Throws when {@code violations} is not empty. */
    public static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    @Override
    public String code() {
        return CODE;
    }

    private static String join(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; "));
    }
}

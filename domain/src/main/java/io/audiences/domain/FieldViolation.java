package io.audiences.domain;

import java.util.Objects;

/** One violated input rule: the field it concerns and what is wrong with it. */
public record FieldViolation(String field, String problem) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
    }

    /** The contract's {@code field: problem} text. */
    @Override
    public String toString() {
        return field + ": " + problem;
    }
}

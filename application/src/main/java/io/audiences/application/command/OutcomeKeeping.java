package io.audiences.application.command;

import java.util.Objects;
import java.util.function.Function;

/**
 * Keep a creation's outcome under {@code claim}, in the same atomic step as what it creates: no
 * crash can leave the one without the other, and without that claim running, nothing is created.
 *
 * @param render the outcome of a creation of {@code T}
 */
public record OutcomeKeeping<T>(IdempotencyClaim.Acquired claim, Function<T, KeptOutcome> render) {

    public OutcomeKeeping {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(render, "render");
    }
}

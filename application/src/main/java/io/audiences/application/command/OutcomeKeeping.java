package io.audiences.application.command;

import java.util.Objects;
import java.util.function.Function;

/**
 * Keep a creation's outcome under {@code scope}, in the same atomic step as what it creates: no
 * crash can leave the one without the other.
 *
 * @param render the outcome of a creation of {@code T}
 */
public record OutcomeKeeping<T>(IdempotencyScope scope, Function<T, KeptOutcome> render) {

    public OutcomeKeeping {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(render, "render");
    }
}

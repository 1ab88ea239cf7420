package io.audiences.application.command;

import java.util.Objects;

/**
 * How a creation sent with an idempotency key went: it ran now, or an earlier run's kept outcome
 * answers it, or the key cannot be used for it.
 *
 * @param <T> what the creation creates
 */
public sealed interface IdempotentRun<T> {

    /** The key was new: the creation ran and stored {@code created}, its outcome kept with it. */
    record Ran<T>(T created) implements IdempotentRun<T> {

        public Ran {
            Objects.requireNonNull(created, "created");
        }
    }

    /** The same request was sent with this key before: this is its outcome. */
    record Replayed<T>(KeptOutcome<T> outcome) implements IdempotentRun<T> {

        public Replayed {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The key was first sent with another request. */
    record KeyReused<T>() implements IdempotentRun<T> {
    }

    /** The first request with this key is still running. */
    record KeyInUse<T>() implements IdempotentRun<T> {
    }
}

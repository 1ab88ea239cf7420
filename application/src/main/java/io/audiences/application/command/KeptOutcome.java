package io.audiences.application.command;

import java.util.Objects;

/**
 * What the first run of an idempotent creation ended with, kept for its retries: what it created,
 * or which rule refused it. Any other end (malformed input, a group gone, a failure) is not kept.
 *
 * @param <T> what the creation creates
 */
public sealed interface KeptOutcome<T> {

    /** The creation stored {@code created}; a retry is told of it as it was then. */
    record Created<T>(T created) implements KeptOutcome<T> {

        public Created {
            Objects.requireNonNull(created, "created");
        }
    }

    /**
     * A rule refused the creation.
     *
     * @param code    the rule's code in the contract, e.g. {@code AUDIENCE_LIMIT_REACHED}
     * @param details what the refusal said
     */
    record Refused<T>(String code, String details) implements KeptOutcome<T> {

        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(details, "details");
        }
    }
}

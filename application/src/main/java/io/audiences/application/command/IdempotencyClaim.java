package io.audiences.application.command;

import java.time.Instant;
import java.util.Objects;

/**
 * What claiming an idempotency key found.
 *
 * @param <T> what the creation under the key creates
 */
public sealed interface IdempotencyClaim<T> {

    /**
     * The key is new (or its kept outcome expired, or its claim was abandoned): the creation runs,
     * and its outcome is kept or forgotten under this claim. A claim is known by its scope and the
     * instant it was made, so a request whose abandoned claim was taken over by another can no
     * longer keep or forget anything under it.
     */
    record Acquired<T>(IdempotencyScope scope, Instant claimedAt) implements IdempotencyClaim<T> {

        public Acquired {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(claimedAt, "claimedAt");
        }
    }

    /** A request with this key is running now. */
    record InUse<T>() implements IdempotencyClaim<T> {
    }

    /** The key's outcome is kept, for this same request (compared by fingerprint). */
    record Kept<T>(KeptOutcome<T> outcome) implements IdempotencyClaim<T> {
    }

    /** The key's outcome is kept for another request: which one it was is not read. */
    record KeptForAnotherRequest<T>() implements IdempotencyClaim<T> {
    }
}

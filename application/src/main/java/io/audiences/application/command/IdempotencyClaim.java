package io.audiences.application.command;

import java.time.Instant;
import java.util.Objects;

/** What claiming an idempotency key found. */
public sealed interface IdempotencyClaim {

    /**
     * The key is new (or its kept outcome expired, or its claim was abandoned): the caller runs the
     * creation, and keeps or forgets its outcome under this claim. A claim is known by its scope and
     * the instant it was made, so a request whose abandoned claim was taken over by another can no
     * longer keep or forget anything under it.
     */
    record Acquired(IdempotencyScope scope, Instant claimedAt) implements IdempotencyClaim {

        public Acquired {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(claimedAt, "claimedAt");
        }
    }

    /** A request with this key is running now. */
    record InUse() implements IdempotencyClaim {
    }

    /**
     * The key's outcome is kept.
     *
     * @param sameRequest whether it was kept for the same request (compared by fingerprint)
     */
    record Kept(KeptOutcome outcome, boolean sameRequest) implements IdempotencyClaim {
    }
}

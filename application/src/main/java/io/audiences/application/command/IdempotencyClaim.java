package io.audiences.application.command;

/** What claiming an idempotency key found. */
public sealed interface IdempotencyClaim {

    /** The key is new (or its kept outcome expired): the caller runs the creation, and keeps or forgets its outcome. */
    record Acquired() implements IdempotencyClaim {
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

package io.audiences.application.port.in;

import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.IdempotentRun;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Safe retries of creations: a creation sent with an idempotency key runs once, and its retries
 * are given its outcome. Kept outcomes expire after the retention.
 */
public interface Idempotency {

    /**
     * Runs {@code creation} once for {@code scope}: when the key is new, or its outcome was kept
     * longer than {@code retention} ago, it claims the key and runs {@code creation} in one
     * transaction with keeping what it created; a rule's refusal is kept too, and any other failure
     * frees the key. The refusal or failure is then thrown on.
     *
     * @param fingerprint what the request said, so that a retry is told from another request
     * @param created     what the creation creates, to read its kept outcome back as
     */
    <T> IdempotentRun<T> once(IdempotencyScope scope, String fingerprint, Duration retention, Class<T> created,
            Supplier<T> creation);

    /** Removes a batch of outcomes kept longer than {@code retention}; returns how many. */
    int pruneExpired(Duration retention);
}

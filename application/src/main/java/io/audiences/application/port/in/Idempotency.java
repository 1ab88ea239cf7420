package io.audiences.application.port.in;

import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import java.time.Duration;

/**
 * Safe retries of creations: claim a key before a creation; a {@link IdempotencyClaim.Acquired}
 * claim ends with the outcome kept (with the creation itself, through
 * {@link io.audiences.application.command.OutcomeKeeping}, or by {@link #keep} for a refusal) or
 * forgotten. Kept outcomes expire after the retention.
 */
public interface Idempotency {

    /** Claims {@code scope}; an outcome kept longer than {@code retention} counts as absent. */
    IdempotencyClaim claim(IdempotencyScope scope, String fingerprint, Duration retention);

    void keep(IdempotencyClaim.Acquired claim, KeptOutcome outcome);

    void forget(IdempotencyClaim.Acquired claim);

    /** Removes a batch of outcomes kept longer than {@code retention}; returns how many. */
    int pruneExpired(Duration retention);
}

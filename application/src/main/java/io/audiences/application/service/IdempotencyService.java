package io.audiences.application.service;

import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import io.audiences.application.port.in.Idempotency;
import io.audiences.application.port.out.IdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Idempotency keys over a store and a clock. */
public final class IdempotencyService implements Idempotency {

    /**
     * How long a claim may stay unfinished before it counts as abandoned (its process died between
     * claiming and ending): far beyond the longest a request can run (its body deadline, the
     * group's lock timeout, the database's own timeouts).
     */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
    /** How many expired outcomes one prune removes at most. */
    public static final int PRUNE_BATCH = 1_000;

    private final IdempotencyStore store;
    private final Clock clock;

    public IdempotencyService(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public IdempotencyClaim claim(IdempotencyScope scope, String fingerprint, Duration retention) {
        requirePositive(retention);
        Instant now = clock.instant();
        return store.claim(scope, fingerprint, now, now.minus(retention), now.minus(ABANDONED_AFTER));
    }

    @Override
    public void keep(IdempotencyScope scope, KeptOutcome outcome) {
        store.keep(scope, outcome);
    }

    @Override
    public void forget(IdempotencyScope scope) {
        store.forget(scope);
    }

    @Override
    public int pruneExpired(Duration retention) {
        requirePositive(retention);
        // An unfinished claim younger than ABANDONED_AFTER is a running request: never pruned.
        Duration age = retention.compareTo(ABANDONED_AFTER) > 0 ? retention : ABANDONED_AFTER;
        return store.prune(clock.instant().minus(age), PRUNE_BATCH);
    }

    private static void requirePositive(Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention must be positive");
        }
    }
}

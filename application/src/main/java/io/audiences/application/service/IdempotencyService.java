package io.audiences.application.service;

import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.IdempotentRun;
import io.audiences.application.command.KeptOutcome;
import io.audiences.application.port.in.Idempotency;
import io.audiences.application.port.out.IdempotencyStore;
import io.audiences.domain.RuleRefusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/** Idempotency keys over a store and a clock. */
public final class IdempotencyService implements Idempotency {

    /**
     * How long a claim may stay unfinished before it counts as abandoned (its process died between
     * claiming and ending) and another request may take the key over: beyond the longest a request
     * runs once claimed (the group's lock timeout, the database's timeouts), and within a client's
     * ordinary retry budget. Were the first request still running, it could no longer keep its
     * outcome, so its creation would not commit: the key still runs exactly once.
     */
    public static final Duration ABANDONED_AFTER = Duration.ofSeconds(10);
    /** How many expired outcomes one prune removes at most. */
    public static final int PRUNE_BATCH = 1_000;

    private final IdempotencyStore store;
    private final Clock clock;

    public IdempotencyService(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public <T> IdempotentRun<T> once(IdempotencyScope scope, String fingerprint, Duration retention, Class<T> created,
            Supplier<T> creation) {
        requirePositive(retention);
        // Milliseconds: what the store keeps of the instant that identifies the claim.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        IdempotencyClaim<T> claim = store.claim(scope, fingerprint, created, now, now.minus(retention),
                now.minus(ABANDONED_AFTER));
        if (claim instanceof IdempotencyClaim.Kept<T> kept) {
            return new IdempotentRun.Replayed<>(kept.outcome());
        }
        if (claim instanceof IdempotencyClaim.KeptForAnotherRequest<T>) {
            return new IdempotentRun.KeyReused<>();
        }
        if (claim instanceof IdempotencyClaim.InUse<T>) {
            return new IdempotentRun.KeyInUse<>();
        }
        return new IdempotentRun.Ran<>(runClaimed((IdempotencyClaim.Acquired<T>) claim, creation));
    }

    private <T> T runClaimed(IdempotencyClaim.Acquired<T> claim, Supplier<T> creation) {
        try {
            return store.keepCreated(claim, creation);
        } catch (RuleRefusal refusal) {
            try {
                store.keep(claim, new KeptOutcome.Refused<>(refusal.code(), refusal.details()));
            } catch (RuntimeException notKept) {
                // The refusal is still this request's answer; unkept, a retry is judged again.
                forget(claim, notKept);
            }
            throw refusal;
        } catch (RuntimeException failure) {
            forget(claim, failure);
            throw failure;
        }
    }

    private void forget(IdempotencyClaim.Acquired<?> claim, RuntimeException answer) {
        try {
            store.forget(claim);
        } catch (RuntimeException alsoFailed) {
            // The claim stays until it counts as abandoned; the answer is what the caller sees.
            answer.addSuppressed(alsoFailed);
        }
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

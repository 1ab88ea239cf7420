package io.audiences.application.port.out;

import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Where idempotency keys and their kept outcomes live; shared by every instance of the service, so
 * that however many requests with one key race, on one instance or several, exactly one claims it.
 * A store works with the repositories of its own storage: what a creation stores through them and
 * its kept outcome commit together ({@link #keepCreated}).
 */
public interface IdempotencyStore {

    /**
     * Claims {@code scope} at {@code now} for a request whose body has {@code fingerprint}, as one
     * atomic step: a kept outcome from before {@code expiredBefore}, or a claim from before
     * {@code abandonedBefore} that never ended (its process died), counts as absent. A kept outcome
     * is read back as {@code created}'s.
     */
    <T> IdempotencyClaim<T> claim(IdempotencyScope scope, String fingerprint, Class<T> created, Instant now,
            Instant expiredBefore, Instant abandonedBefore);

    /**
     * Runs {@code creation} and keeps what it created as the outcome of {@code claim}, in one
     * transaction that the repositories it calls take part in: both commit, or neither (the claim
     * no longer running, a failure, the creation's own exception, which is thrown on).
     *
     * @throws IllegalStateException if {@code claim} no longer runs (another request took it over)
     */
    <T> T keepCreated(IdempotencyClaim.Acquired<T> claim, Supplier<T> creation);

    /** Keeps the outcome of a claimed run that stored nothing (a refusal), if its claim still runs. */
    <T> void keep(IdempotencyClaim.Acquired<T> claim, KeptOutcome.Refused<T> outcome);

    /** Ends a claimed run whose outcome is not kept, if its claim still runs: the same key may be sent again. */
    void forget(IdempotencyClaim.Acquired<?> claim);

    /**
     * Removes up to {@code atMost} outcomes kept (or claims made) before {@code before}, oldest first,
     * at a cost that does not grow with the others.
     *
     * @return how many it removed
     */
    int prune(Instant before, int atMost);
}

package io.audiences.application.memory;

import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import io.audiences.application.port.out.IdempotencyStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Idempotency keys in memory, under one monitor. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<IdempotencyScope, Entry> entries = new HashMap<>();

    @Override
    public synchronized <T> IdempotencyClaim<T> claim(IdempotencyScope scope, String fingerprint, Class<T> created,
            Instant now, Instant expiredBefore, Instant abandonedBefore) {
        Entry entry = entries.get(scope);
        if (entry == null || entry.isOver(expiredBefore, abandonedBefore)) {
            entries.put(scope, new Entry(fingerprint, now, null));
            return new IdempotencyClaim.Acquired<>(scope, now);
        }
        if (entry.outcome() == null) {
            return new IdempotencyClaim.InUse<>();
        }
        return entry.fingerprint().equals(fingerprint)
                ? new IdempotencyClaim.Kept<>(as(created, entry.outcome()))
                : new IdempotencyClaim.KeptForAnotherRequest<>();
    }

    /**
     * Under this store's monitor, which a takeover of the claim needs too: the claim still runs when
     * the creation begins, so it does when it ends (the repositories take their groups' monitors
     * inside this one, never the other way round).
     */
    @Override
    public synchronized <T> T keepCreated(IdempotencyClaim.Acquired<T> claim, Supplier<T> creation) {
        if (!isRunning(claim)) {
            throw new IllegalStateException("no running claim of this idempotency key to keep an outcome under");
        }
        T created = creation.get();
        keepUnder(claim, new KeptOutcome.Created<>(created));
        return created;
    }

    @Override
    public synchronized <T> void keep(IdempotencyClaim.Acquired<T> claim, KeptOutcome.Refused<T> outcome) {
        if (isRunning(claim)) {
            keepUnder(claim, outcome);
        }
    }

    @Override
    public synchronized void forget(IdempotencyClaim.Acquired<?> claim) {
        if (isRunning(claim)) {
            entries.remove(claim.scope());
        }
    }

    @Override
    public synchronized int prune(Instant before, int atMost) {
        List<IdempotencyScope> old = entries.entrySet().stream()
                .filter(entry -> entry.getValue().startedAt().isBefore(before))
                .sorted(Comparator.comparing(entry -> entry.getValue().startedAt()))
                .limit(atMost).map(Map.Entry::getKey).toList();
        old.forEach(entries::remove);
        return old.size();
    }

    private void keepUnder(IdempotencyClaim.Acquired<?> claim, KeptOutcome<?> outcome) {
        Entry entry = entries.get(claim.scope());
        entries.put(claim.scope(), new Entry(entry.fingerprint(), entry.startedAt(), outcome));
    }

    private boolean isRunning(IdempotencyClaim.Acquired<?> claim) {
        Entry entry = entries.get(claim.scope());
        return entry != null && entry.outcome() == null && entry.startedAt().equals(claim.claimedAt());
    }

    /** A kept outcome, as the outcome of a creation of {@code created} (a scope's route creates one kind of thing). */
    private static <T> KeptOutcome<T> as(Class<T> created, KeptOutcome<?> outcome) {
        if (outcome instanceof KeptOutcome.Created<?> kept) {
            return new KeptOutcome.Created<>(created.cast(kept.created()));
        }
        KeptOutcome.Refused<?> refused = (KeptOutcome.Refused<?>) outcome;
        return new KeptOutcome.Refused<>(refused.code(), refused.details());
    }

    private record Entry(String fingerprint, Instant startedAt, KeptOutcome<?> outcome) {

        boolean isOver(Instant expiredBefore, Instant abandonedBefore) {
            return startedAt.isBefore(outcome == null ? abandonedBefore : expiredBefore);
        }
    }
}

package io.audiences.application.memory;

import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import io.audiences.application.port.out.IdempotencyStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Idempotency keys in memory, under one monitor. A claim whose creation is running is never taken
 * over (in one process, its request is alive), so its outcome is always kept when the creation ends.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<IdempotencyScope, Entry> entries = new HashMap<>();
    /** The scopes whose creation runs now, outside the monitor. */
    private final Set<IdempotencyScope> creating = new HashSet<>();

    @Override
    public synchronized <T> IdempotencyClaim<T> claim(IdempotencyScope scope, String fingerprint, Class<T> created,
            Instant now, Instant expiredBefore, Instant abandonedBefore) {
        Entry entry = entries.get(scope);
        if (entry == null || (!creating.contains(scope) && entry.isOver(expiredBefore, abandonedBefore))) {
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
     * The creation runs outside the monitor (other keys are claimed meanwhile, and this one is
     * answered in use), its claim marked as creating so that nothing takes it over or prunes it.
     */
    @Override
    public <T> T keepCreated(IdempotencyClaim.Acquired<T> claim, Supplier<T> creation) {
        synchronized (this) {
            if (!isRunning(claim)) {
                throw new IllegalStateException("no running claim of this idempotency key to keep an outcome under");
            }
            creating.add(claim.scope());
        }
        try {
            T created = creation.get();
            synchronized (this) {
                keepUnder(claim, new KeptOutcome.Created<>(created));
            }
            return created;
        } finally {
            synchronized (this) {
                creating.remove(claim.scope());
            }
        }
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
                .filter(entry -> entry.getValue().startedAt().isBefore(before) && !creating.contains(entry.getKey()))
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

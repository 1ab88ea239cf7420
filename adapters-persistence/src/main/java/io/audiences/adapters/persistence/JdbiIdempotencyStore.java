package io.audiences.adapters.persistence;

import io.audiences.application.StorageException;
import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import io.audiences.application.port.out.IdempotencyStore;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Idempotency keys in {@code idempotency_keys}. A claim is an insert of the key's row: the primary
 * key lets exactly one of any number of racing requests, from any process, insert it; the others
 * find the row and answer from it. An outcome this version cannot read back (kept by a version that
 * knew other rules or records) is removed, and the key claimed again, rather than failing every
 * retry until it expires.
 */
public final class JdbiIdempotencyStore implements IdempotencyStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbiIdempotencyStore.class);
    private static final int ATTEMPTS = 3;

    private final Jdbi jdbi;

    JdbiIdempotencyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> IdempotencyClaim<T> claim(IdempotencyScope scope, String fingerprint, Class<T> created, Instant now,
            Instant expiredBefore, Instant abandonedBefore) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                jdbi.useTransaction(handle -> {
                    IdempotencyDao keys = new IdempotencyDao(handle);
                    keys.removeIfOver(scope, expiredBefore, abandonedBefore);
                    keys.insertClaim(scope, fingerprint, now);
                });
                return new IdempotencyClaim.Acquired<>(scope, now);
            } catch (JdbiException e) {
                if (!StorageErrors.isUniqueViolation(e, "idempotency_keys")) {
                    throw new StorageException("could not claim the idempotency key", e);
                }
            }
            Optional<IdempotencyDao.Row> row = StorageErrors.translate(
                    () -> jdbi.withHandle(handle -> new IdempotencyDao(handle).find(scope)));
            if (row.isPresent()) {
                Optional<IdempotencyClaim<T>> found = found(row.get(), fingerprint, created);
                if (found.isPresent()) {
                    return found.get();
                }
                LOG.warn("An outcome kept for an Idempotency-Key of group {} (route {}) cannot be read back by this "
                        + "version; it is removed and the key claimed again", scope.accountGroupId().value(), scope.route());
                StorageErrors.run(() -> jdbi.useHandle(handle -> new IdempotencyDao(handle).removeKept(scope, row.get().startedAt())));
            }
            // The row went between the insert and the read (its claim was forgotten), or it was unreadable: claim again.
        }
        throw new StorageException("could not claim the idempotency key: its row kept changing", null);
    }

    /** What a found row answers: empty when its outcome is kept for this request but cannot be read back. */
    private static <T> Optional<IdempotencyClaim<T>> found(IdempotencyDao.Row row, String fingerprint, Class<T> created) {
        if (!row.outcome().isKept()) {
            return Optional.of(new IdempotencyClaim.InUse<>());
        }
        if (!row.fingerprint().equals(fingerprint)) {
            return Optional.of(new IdempotencyClaim.KeptForAnotherRequest<>());
        }
        return row.outcome().as(created).map(IdempotencyClaim.Kept::new);
    }

    /**
     * One transaction: the repositories that {@code creation} calls run their statements in it (Jdbi
     * hands a nested transaction the handle already open on this thread), then the outcome is kept,
     * only while the claim runs; else all of it rolls back.
     */
    @Override
    public <T> T keepCreated(IdempotencyClaim.Acquired<T> claim, Supplier<T> creation) {
        try {
            return jdbi.inTransaction(handle -> {
                T created = creation.get();
                if (new IdempotencyDao(handle).keep(claim, new KeptOutcome.Created<>(created)) != 1) {
                    throw new IllegalStateException("no running claim of the idempotency key to keep the outcome under");
                }
                return created;
            });
        } catch (JdbiException e) {
            throw new StorageException("could not keep the outcome of the idempotency key", e);
        }
    }

    @Override
    public <T> void keep(IdempotencyClaim.Acquired<T> claim, KeptOutcome.Refused<T> outcome) {
        StorageErrors.run(() -> jdbi.useHandle(handle -> new IdempotencyDao(handle).keep(claim, outcome)));
    }

    @Override
    public void forget(IdempotencyClaim.Acquired<?> claim) {
        StorageErrors.run(() -> jdbi.useHandle(handle -> new IdempotencyDao(handle).forget(claim)));
    }

    @Override
    public int prune(Instant before, int atMost) {
        return StorageErrors.translate(() -> jdbi.inTransaction(handle -> new IdempotencyDao(handle).prune(before, atMost)));
    }
}

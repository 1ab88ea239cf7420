package io.audiences.adapters.rest;

import io.audiences.application.port.in.Idempotency;
import io.audiences.application.service.IdempotencyService;
import io.dropwizard.core.setup.Environment;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes kept outcomes of idempotent creations once the retention has passed, every minute, in
 * batches, off the request path: storage stays bounded by what a retention's worth of keys holds.
 */
final class ExpiredOutcomesPruner implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredOutcomesPruner.class);
    /** A run stops after this long even if more has expired (the next run goes on a minute later). */
    private static final long MAX_RUN_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Idempotency idempotency;
    private final Duration retention;

    private ExpiredOutcomesPruner(Idempotency idempotency, Duration retention) {
        this.idempotency = idempotency;
        this.retention = retention;
    }

    /** Starts pruning every minute on a thread the application's lifecycle owns. */
    static void start(Environment environment, Idempotency idempotency, Duration retention) {
        ScheduledExecutorService scheduler = environment.lifecycle()
                .scheduledExecutorService("idempotency-pruner", true).threads(1).build();
        scheduler.scheduleWithFixedDelay(new ExpiredOutcomesPruner(idempotency, retention), 1, 1, TimeUnit.MINUTES);
    }

    @Override
    public void run() {
        try {
            long started = System.nanoTime();
            while (idempotency.pruneExpired(retention) >= IdempotencyService.PRUNE_BATCH
                    && System.nanoTime() - started < MAX_RUN_NANOS) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: log, and try at the next minute.
            LOG.warn("Could not prune expired idempotency keys; will try again in a minute", e);
        }
    }
}

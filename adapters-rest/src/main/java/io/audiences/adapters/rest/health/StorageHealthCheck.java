package io.audiences.adapters.rest.health;

import com.codahale.metrics.health.HealthCheck;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Healthy while the storage answers, and answered within {@link #PATIENCE} whatever the storage
 * does and however many probes arrive at once: a database that stops answering is reported, not
 * waited for. At most one ping is under way at a time, on a thread of its own; every probe that
 * arrives meanwhile waits for that same ping, each for at most {@link #PATIENCE} from its arrival.
 */
public final class StorageHealthCheck extends HealthCheck {

    static final Duration PATIENCE = Duration.ofSeconds(1);

    private final Runnable ping;
    private final Executor pinger = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "audiences-storage-health-check");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<CompletableFuture<Void>> current = new AtomicReference<>(CompletableFuture.completedFuture(null));

    /** The name the bundle registers it under: prefixed, so that it cannot clash with the host's. */
    public static final String NAME = "audiences-storage";

    /** @param ping returns when the storage answers, throws when it fails */
    public StorageHealthCheck(Runnable ping) {
        this.ping = ping;
    }

    @Override
    protected Result check() throws InterruptedException {
        try {
            ping().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            return Result.healthy();
        } catch (TimeoutException slow) {
            return Result.unhealthy("the storage did not answer within " + PATIENCE.toMillis() + " ms");
        } catch (ExecutionException failed) {
            return Result.unhealthy(failed.getCause());
        }
    }

    /** The ping under way, or a new one if the last has ended. */
    private CompletableFuture<Void> ping() {
        while (true) {
            CompletableFuture<Void> last = current.get();
            if (!last.isDone()) {
                return last;
            }
            CompletableFuture<Void> next = new CompletableFuture<>();
            if (current.compareAndSet(last, next)) {
                pinger.execute(() -> {
                    try {
                        ping.run();
                        next.complete(null);
                    } catch (RuntimeException | Error e) {
                        next.completeExceptionally(e);
                    }
                });
                return next;
            }
        }
    }
}

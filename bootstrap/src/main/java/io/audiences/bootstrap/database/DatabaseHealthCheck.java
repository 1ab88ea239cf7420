package io.audiences.bootstrap.database;

import com.codahale.metrics.health.HealthCheck;
import io.audiences.adapters.persistence.AudiencesDatabase;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Healthy while the database answers, and answered within {@link #PATIENCE} whatever the database
 * does: a database that stops answering is reported, not waited for. At most one ping is under way
 * at a time, on a thread of its own.
 */
public final class DatabaseHealthCheck extends HealthCheck {

    static final Duration PATIENCE = Duration.ofSeconds(1);

    private final AudiencesDatabase database;
    private final ExecutorService pinger = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-health-check");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> ping;

    public DatabaseHealthCheck(AudiencesDatabase database) {
        this.database = database;
    }

    @Override
    protected synchronized Result check() throws InterruptedException {
        if (ping == null || ping.isDone()) {
            ping = pinger.submit(database::ping);
        }
        try {
            ping.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            return Result.healthy();
        } catch (TimeoutException slow) {
            return Result.unhealthy("the database did not answer within " + PATIENCE.toMillis() + " ms");
        } catch (ExecutionException failed) {
            return Result.unhealthy(failed.getCause());
        }
    }
}

package io.audiences.bootstrap.database;

import io.audiences.adapters.persistence.AudiencesDatabase;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the database's housekeeping on a thread the application's lifecycle owns, while it serves. */
public final class DatabaseHousekeeping implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHousekeeping.class);
    private static final long LOG_AT_MOST_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final AudiencesDatabase database;
    private long lastLogged = System.nanoTime() - LOG_AT_MOST_EVERY_NANOS;

    private DatabaseHousekeeping(AudiencesDatabase database) {
        this.database = database;
    }

    public static void start(LifecycleEnvironment lifecycle, AudiencesDatabase database) {
        ScheduledExecutorService scheduler = lifecycle.scheduledExecutorService("h2-housekeeping", true).threads(1).build();
        long period = AudiencesDatabase.HOUSEKEEPING_PERIOD.toMillis();
        scheduler.scheduleWithFixedDelay(new DatabaseHousekeeping(database), period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void run() {
        try {
            database.houseKeep();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: log (not every 250 ms), and go on.
            long now = System.nanoTime();
            if (now - lastLogged >= LOG_AT_MOST_EVERY_NANOS) {
                lastLogged = now;
                LOG.warn("The database's housekeeping failed; it will go on trying", e);
            }
        }
    }
}

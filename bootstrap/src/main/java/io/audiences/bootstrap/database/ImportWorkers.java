package io.audiences.bootstrap.database;

import io.audiences.adapters.persistence.DbSchedulerImportQueue;
import io.dropwizard.lifecycle.Managed;

/** This instance works imports of prospects while it serves: a few threads (imports wait at the database anyway). */
public final class ImportWorkers implements Managed {

    /** How many imports one instance works at once. */
    static final int THREADS = 2;

    private final DbSchedulerImportQueue queue;

    public ImportWorkers(DbSchedulerImportQueue queue) {
        this.queue = queue;
    }

    @Override
    public void start() {
        queue.start(THREADS);
    }

    @Override
    public void stop() {
        queue.stop();
    }
}

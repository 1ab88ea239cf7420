package io.audiences.application.memory;

import io.audiences.application.port.in.RunImport;
import io.audiences.application.port.out.ImportQueue;
import io.audiences.domain.prospect.ImportId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Imports run one after another on one daemon thread of this process (the in-memory store dies with it anyway). */
public final class InMemoryImportQueue implements ImportQueue {

    private static final System.Logger LOG = System.getLogger(InMemoryImportQueue.class.getName());

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread worker = new Thread(task, "audiences-import");
        worker.setDaemon(true);
        return worker;
    });
    private final List<ImportId> waiting = new ArrayList<>();
    private RunImport worker;

    @Override
    public synchronized void serve(RunImport importWorker) {
        this.worker = importWorker;
        waiting.forEach(this::submit);
        waiting.clear();
    }

    @Override
    public synchronized void enqueue(ImportId importId) {
        if (worker == null) {
            waiting.add(importId);
        } else {
            submit(importId);
        }
    }

    /** An import whose run fails is failed at once: memory has no outage to wait out. */
    private void submit(ImportId importId) {
        RunImport served = worker;
        thread.execute(() -> {
            try {
                served.run(importId);
            } catch (RuntimeException failed) {
                LOG.log(System.Logger.Level.ERROR, "Import " + importId + " failed", failed);
                served.fail(importId, "the import stopped on an unexpected fault (" + failed.getClass().getSimpleName() + ")");
            }
        });
    }
}

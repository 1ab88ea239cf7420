package io.audiences.application.memory;

import io.audiences.application.port.out.ImportQueue;
import io.audiences.domain.prospect.ImportId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** Imports run one after another on one daemon thread of this process (the in-memory store dies with it anyway). */
public final class InMemoryImportQueue implements ImportQueue {

    private static final System.Logger LOG = System.getLogger(InMemoryImportQueue.class.getName());

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread worker = new Thread(task, "audiences-import");
        worker.setDaemon(true);
        return worker;
    });
    private final List<ImportId> waiting = new ArrayList<>();
    private Consumer<ImportId> worker;

    @Override
    public synchronized void serve(Consumer<ImportId> importWorker) {
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

    private void submit(ImportId importId) {
        Consumer<ImportId> served = worker;
        thread.execute(() -> {
            try {
                served.accept(importId);
            } catch (RuntimeException failed) {
                LOG.log(System.Logger.Level.ERROR, "Import " + importId + " stopped", failed);
            }
        });
    }
}

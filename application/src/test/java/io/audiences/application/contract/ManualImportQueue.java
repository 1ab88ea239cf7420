package io.audiences.application.contract;

import io.audiences.application.port.in.RunImport;
import io.audiences.application.port.out.ImportQueue;
import io.audiences.domain.prospect.ImportId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An import queue that runs nothing by itself: the suites run imports when they choose, and see what was queued. */
public final class ManualImportQueue implements ImportQueue {

    private final List<ImportId> enqueued = new CopyOnWriteArrayList<>();

    @Override
    public void serve(RunImport worker) {
    }

    @Override
    public void enqueue(ImportId importId) {
        enqueued.add(importId);
    }

    public List<ImportId> enqueued() {
        return List.copyOf(enqueued);
    }
}

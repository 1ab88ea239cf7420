package io.audiences.application.port.out;

import io.audiences.application.port.in.RunImport;
import io.audiences.domain.prospect.ImportId;

/**
 * Runs imports in the background, each on one worker at a time; one whose worker died is handed to
 * another (after a restart, or on another instance sharing the store). An import whose runs keep
 * failing is given up: its worker is told to fail it.
 */
public interface ImportQueue {

    /** Starts handing queued imports to {@code worker}. */
    void serve(RunImport worker);

    /** Has the import run soon. */
    void enqueue(ImportId importId);
}

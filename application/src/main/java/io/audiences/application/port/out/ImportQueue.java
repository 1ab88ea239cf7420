package io.audiences.application.port.out;

import io.audiences.domain.prospect.ImportId;
import java.util.function.Consumer;

/**
 * Runs imports in the background, each on one worker at a time; one whose worker died is handed to
 * another (after a restart, or on another instance sharing the store).
 */
public interface ImportQueue {

    /** Starts handing queued imports to {@code worker}, which returns once the import needs no more work. */
    void serve(Consumer<ImportId> worker);

    /** Has the import run soon. */
    void enqueue(ImportId importId);
}

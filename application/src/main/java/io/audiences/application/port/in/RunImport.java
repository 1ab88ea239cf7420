package io.audiences.application.port.in;

import io.audiences.domain.prospect.ImportId;
import java.util.function.BooleanSupplier;

/** Works an import through, from the row its last stored step ended at: what the import queue runs. */
public interface RunImport {

    /**
     * Returns once the import is completed, cancelled, gone, taken over by another worker, or
     * {@code stopping} says so between two steps (the import stays running for the next worker).
     */
    void run(ImportId importId, BooleanSupplier stopping);

    /** {@link #run(ImportId, BooleanSupplier)} to its end. */
    default void run(ImportId importId) {
        run(importId, () -> false);
    }

    /** Gives a queued or running import up as failed, for {@code reason} (a fault no row explains); its rows so far stay. */
    void fail(ImportId importId, String reason);
}

package io.audiences.application.port.in;

import io.audiences.domain.prospect.ImportId;

/** Works an import through, from the row its last stored step ended at: what the import queue runs. */
public interface RunImport {

    /** Returns once the import is completed, cancelled, gone, or taken over by another worker. */
    void run(ImportId importId);
}

package io.audiences.application.service;

import io.audiences.application.command.StartImportCommand;
import io.audiences.application.port.in.ImportProspects;
import io.audiences.application.port.out.IdSource;
import io.audiences.application.port.out.ImportQueue;
import io.audiences.application.port.out.ImportRepository;
import io.audiences.domain.prospect.ImportId;
import io.audiences.domain.prospect.ProspectImport;
import java.time.Clock;

/** Starts imports: the file's rows stored with the import, then the import queued. */
public final class ImportProspectsService implements ImportProspects {

    private final ImportRepository imports;
    private final ImportQueue queue;
    private final IdSource ids;
    private final Clock clock;

    public ImportProspectsService(ImportRepository imports, ImportQueue queue, IdSource ids, Clock clock) {
        this.imports = imports;
        this.queue = queue;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ProspectImport start(StartImportCommand command) {
        ProspectImport stored = imports.add(command.accountGroupId(), ProspectImport.queued(new ImportId(ids.nextId()),
                command.audienceId(), command.format(), clock.instant()), command.rows());
        // Stored first: an import whose enqueue is lost (a crash right here) is found by the queue's sweep of unfinished ones.
        queue.enqueue(stored.id());
        return stored;
    }
}

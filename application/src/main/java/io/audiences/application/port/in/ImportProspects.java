package io.audiences.application.port.in;

import io.audiences.application.command.StartImportCommand;
import io.audiences.domain.prospect.ProspectImport;

/** Imports a file of prospects into an audience, in the background. */
public interface ImportProspects {

    /**
     * Stores the import and its rows, then queues it; answers it queued.
     *
     * @throws io.audiences.domain.UnknownIdException when the group holds no such audience
     * @throws io.audiences.domain.StateConflict      {@code AUDIENCE_NOT_READY} while another import of it is queued or running
     */
    ProspectImport start(StartImportCommand command);
}

package io.audiences.adapters.rest.violation;

import io.audiences.application.port.in.CreateAudience;
import io.audiences.application.port.in.CreateFolder;
import io.audiences.application.port.in.DeleteAudience;
import io.audiences.application.port.in.DeleteFolder;
import io.audiences.application.port.in.FileAudience;
import io.audiences.application.port.in.GetAudience;
import io.audiences.application.port.in.GetNavigation;
import io.audiences.application.port.in.ListAudiences;
import io.audiences.application.port.in.RenameFolder;

/** A deliberate violation: a REST class that takes nine use cases, one more than allowed. */
public record RestClassUsingNineUseCases(CreateAudience create, ListAudiences list, GetAudience get,
        DeleteAudience delete, FileAudience file, GetNavigation navigation, CreateFolder createFolder,
        RenameFolder renameFolder, DeleteFolder deleteFolder) {
}

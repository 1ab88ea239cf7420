package io.audiences.application.port.in;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.ImportId;
import io.audiences.domain.prospect.ProspectImport;

/** Stops a queued or running import; the rows it added stay. */
public interface CancelImport {

    /**
     * @throws io.audiences.domain.UnknownIdException when the group holds no such audience, or it no such import
     * @throws io.audiences.domain.StateConflict      {@code IMPORT_ALREADY_FINISHED} when it is not queued or running
     */
    ProspectImport cancel(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importId);
}

package io.audiences.application.port.in;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.ImportId;
import io.audiences.domain.prospect.ProspectImport;

/** Reads an import and how far it has gone. */
public interface GetImport {

    /** @throws io.audiences.domain.UnknownIdException when the group holds no such audience, or it no such import */
    ProspectImport get(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importId);
}

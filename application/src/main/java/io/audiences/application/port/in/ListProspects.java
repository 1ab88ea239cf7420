package io.audiences.application.port.in;

import io.audiences.application.command.ListProspectsQuery;
import io.audiences.application.command.ProspectPage;

/** Pages through an audience's prospects, newest first. */
public interface ListProspects {

    /** @throws io.audiences.domain.UnknownIdException when the account group holds no such audience */
    ProspectPage list(ListProspectsQuery query);
}

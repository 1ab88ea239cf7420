package io.audiences.application.port.in;

import io.audiences.application.command.AudiencePage;
import io.audiences.application.command.ListAudiencesQuery;

/** Pages through an account group's audiences, newest first, stable while new ones are created. */
public interface ListAudiences {

    AudiencePage list(ListAudiencesQuery query);
}

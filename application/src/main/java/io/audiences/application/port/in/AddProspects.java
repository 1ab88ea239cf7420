package io.audiences.application.port.in;

import io.audiences.application.command.AddProspectsCommand;
import io.audiences.application.command.ProspectBatchResult;

/** Adds a batch of prospects to an audience, judging each item on its own. */
public interface AddProspects {

    /**
     * Adds the batch's new prospects while the audience has room, as one atomic step of the audience.
     *
     * @throws io.audiences.domain.UnknownIdException when the account group holds no such audience
     */
    ProspectBatchResult add(AddProspectsCommand command);
}

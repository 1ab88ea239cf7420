package io.audiences.application.port.in;

import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.domain.audience.Audience;

/** Creates an audience in an account group, applying the creation rules atomically. */
public interface CreateAudience {

    /**
     * @throws io.audiences.domain.RuleRefusal when a creation rule refuses
     * @throws io.audiences.domain.UnknownIdException        when the account group does not exist
     * @throws io.audiences.application.StorageException     when storage fails
     */
    Audience create(CreateAudienceCommand command);
}

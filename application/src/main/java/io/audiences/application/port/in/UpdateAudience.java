package io.audiences.application.port.in;

import io.audiences.application.command.UpdateAudienceCommand;
import io.audiences.domain.audience.Audience;

/** Renames an audience or changes its description. */
public interface UpdateAudience {

    /**
     * @throws io.audiences.domain.UnknownIdException        when the account group holds no such audience
     * @throws io.audiences.domain.RuleRefusal {@code AUDIENCE_NAME_TAKEN} when another audience holds the name
     */
    Audience update(UpdateAudienceCommand command);
}

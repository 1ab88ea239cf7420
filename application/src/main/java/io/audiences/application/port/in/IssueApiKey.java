package io.audiences.application.port.in;

import io.audiences.application.command.IssueApiKeyCommand;
import io.audiences.application.command.IssuedApiKey;

/** Issues a new API key; its secret is returned once and stored only as a hash. */
public interface IssueApiKey {

    /** @throws io.audiences.domain.UnknownIdException when one of the account groups does not exist */
    IssuedApiKey issue(IssueApiKeyCommand command);
}

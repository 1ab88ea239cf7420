package io.audiences.application.port.in;

import io.audiences.application.command.UpdateAccountGroupCommand;
import io.audiences.domain.accountgroup.AccountGroup;

/** Changes an account group's plan or LinkedIn connection; effective for the next creation. */
public interface UpdateAccountGroup {

    /** @throws io.audiences.domain.UnknownIdException when the account group does not exist */
    AccountGroup update(UpdateAccountGroupCommand command);
}

package io.audiences.application.port.in;

import io.audiences.application.command.CreateAccountGroupCommand;
import io.audiences.domain.accountgroup.AccountGroup;

/** Registers a new account group. */
public interface CreateAccountGroup {

    AccountGroup create(CreateAccountGroupCommand command);
}

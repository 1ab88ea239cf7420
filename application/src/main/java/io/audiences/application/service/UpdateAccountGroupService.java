package io.audiences.application.service;

import io.audiences.application.command.UpdateAccountGroupCommand;
import io.audiences.application.port.in.UpdateAccountGroup;
import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.accountgroup.AccountGroup;

/** Changes an account group's plan or LinkedIn connection; what the command leaves out stays. */
public final class UpdateAccountGroupService implements UpdateAccountGroup {

    private final AccountGroupRepository groups;

    public UpdateAccountGroupService(AccountGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public AccountGroup update(UpdateAccountGroupCommand command) {
        AccountGroup current = groups.find(command.id())
                .orElseThrow(() -> new UnknownIdException("no account group has id " + command.id()));
        AccountGroup updated = current
                .withPlan(command.plan().orElse(current.plan()))
                .withLinkedinConnected(command.linkedinConnected().orElse(current.linkedinConnected()));
        groups.update(updated);
        return updated;
    }
}

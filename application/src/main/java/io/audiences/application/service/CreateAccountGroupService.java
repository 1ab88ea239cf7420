package io.audiences.application.service;

import io.audiences.application.command.CreateAccountGroupCommand;
import io.audiences.application.port.in.CreateAccountGroup;
import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.application.port.out.IdSource;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;

/** Registers account groups, each with a new id. */
public final class CreateAccountGroupService implements CreateAccountGroup {

    private final AccountGroupRepository groups;
    private final IdSource ids;

    public CreateAccountGroupService(AccountGroupRepository groups, IdSource ids) {
        this.groups = groups;
        this.ids = ids;
    }

    @Override
    public AccountGroup create(CreateAccountGroupCommand command) {
        AccountGroup group = new AccountGroup(
                new AccountGroupId(ids.nextId()), command.name(), command.plan(), command.linkedinConnected());
        groups.insert(group);
        return group;
    }
}

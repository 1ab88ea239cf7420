package io.audiences.application.service;

import io.audiences.application.command.CreateAccountGroupCommand;
import io.audiences.application.command.UpdateAccountGroupCommand;
import io.audiences.application.port.in.CreateAccountGroup;
import io.audiences.application.port.in.ListAccountGroups;
import io.audiences.application.port.in.UpdateAccountGroup;
import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.application.port.out.IdSource;
import io.audiences.domain.AccountGroup;
import io.audiences.domain.AccountGroupId;
import io.audiences.domain.NotFoundException;
import java.util.Collection;
import java.util.List;

/** The operators' account-group use cases. */
public final class AccountGroupService implements CreateAccountGroup, UpdateAccountGroup, ListAccountGroups {

    private final AccountGroupRepository groups;
    private final IdSource ids;

    public AccountGroupService(AccountGroupRepository groups, IdSource ids) {
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

    @Override
    public List<AccountGroup> list(Collection<AccountGroupId> ids) {
        return groups.findAll(ids);
    }

    @Override
    public AccountGroup update(UpdateAccountGroupCommand command) {
        AccountGroup current = groups.find(command.id())
                .orElseThrow(() -> new NotFoundException("no account group has id " + command.id()));
        AccountGroup updated = current
                .withPlan(command.plan().orElse(current.plan()))
                .withLinkedinConnected(command.linkedinConnected().orElse(current.linkedinConnected()));
        groups.update(updated);
        return updated;
    }
}

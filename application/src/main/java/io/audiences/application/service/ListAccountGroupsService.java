package io.audiences.application.service;

import io.audiences.application.port.in.ListAccountGroups;
import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import java.util.Collection;
import java.util.List;

/** The account groups that exist, among those asked for or all. */
public final class ListAccountGroupsService implements ListAccountGroups {

    private final AccountGroupRepository groups;

    public ListAccountGroupsService(AccountGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public List<AccountGroup> list(Collection<AccountGroupId> ids) {
        return groups.findAll(ids);
    }

    @Override
    public List<AccountGroup> all() {
        return groups.listAll();
    }
}

package io.audiences.adapters.rest.account;

import io.audiences.domain.accountgroup.AccountGroup;
import java.util.List;

/** The account groups a key may act on. */
record AccountGroupsResponse(List<Item> items) {

    static AccountGroupsResponse of(List<AccountGroup> groups) {
        return new AccountGroupsResponse(groups.stream()
                .map(group -> new Item(group.id().value(), group.name(), group.plan().value(), group.linkedinConnected()))
                .toList());
    }

    record Item(String id, String name, String plan, boolean linkedinConnected) {
    }
}

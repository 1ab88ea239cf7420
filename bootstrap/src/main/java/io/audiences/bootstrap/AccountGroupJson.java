package io.audiences.bootstrap;

import io.audiences.domain.accountgroup.AccountGroup;

/** An account group as the commands print it. */
record AccountGroupJson(String id, String name, String plan, boolean linkedinConnected) {

    static AccountGroupJson of(AccountGroup group) {
        return new AccountGroupJson(group.id().value(), group.name(), group.plan().value(), group.linkedinConnected());
    }
}

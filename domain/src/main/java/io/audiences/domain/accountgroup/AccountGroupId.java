package io.audiences.domain.accountgroup;

import io.audiences.domain.HexIds;

/** The id of an account group: 24 lower-case hex characters. */
public record AccountGroupId(String value) {

    public AccountGroupId {
        HexIds.require(value, "accountGroupId");
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.audiences.domain;

/** The id of an account group: 24 lower-case hex characters. */
public record AccountGroupId(String value) {

    public AccountGroupId {
        HexIds.require(value, "accountGroupId");
    }

    /** Whether {@code value} has the id format, for callers that answer a malformed id differently. */
    public static boolean isWellFormed(String value) {
        return HexIds.isValid(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

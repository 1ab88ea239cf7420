package io.audiences.domain;

/** The id of an API key: 24 lower-case hex characters. */
public record ApiKeyId(String value) {

    public ApiKeyId {
        HexIds.require(value, "apiKeyId");
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

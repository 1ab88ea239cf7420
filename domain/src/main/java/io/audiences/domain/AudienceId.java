package io.audiences.domain;

/** The id of an audience: 24 lower-case hex characters. */
public record AudienceId(String value) {

    public AudienceId {
        HexIds.require(value, "audienceId");
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

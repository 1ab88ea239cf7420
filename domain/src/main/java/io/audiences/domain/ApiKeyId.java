package io.audiences.domain;

/** The id of an API key: 24 lower-case hex characters. */
public record ApiKeyId(String value) {

    public ApiKeyId {
        HexIds.require(value, "apiKeyId");
    }

    @Override
    public String toString() {
        return value;
    }
}

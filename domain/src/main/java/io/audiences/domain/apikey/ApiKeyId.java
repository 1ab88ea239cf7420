package io.audiences.domain.apikey;

import io.audiences.domain.HexIds;

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

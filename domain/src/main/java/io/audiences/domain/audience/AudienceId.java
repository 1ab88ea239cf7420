package io.audiences.domain.audience;

import io.audiences.domain.HexIds;

/** The id of an audience: 24 lower-case hex characters. */
public record AudienceId(String value) {

    public AudienceId {
        HexIds.require(value, "audienceId");
    }

    @Override
    public String toString() {
        return value;
    }
}

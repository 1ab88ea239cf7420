package io.audiences.domain.prospect;

import io.audiences.domain.HexIds;

/** The id of a prospect: 24 lower-case hex characters. */
public record ProspectId(String value) {

    public ProspectId {
        HexIds.require(value, "prospectId");
    }

    @Override
    public String toString() {
        return value;
    }
}

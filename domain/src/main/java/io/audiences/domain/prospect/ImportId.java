package io.audiences.domain.prospect;

import io.audiences.domain.HexIds;

/** The id of an import of prospects: 24 lower-case hex characters. */
public record ImportId(String value) {

    public ImportId {
        HexIds.require(value, "importId");
    }

    @Override
    public String toString() {
        return value;
    }
}

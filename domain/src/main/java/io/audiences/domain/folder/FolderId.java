package io.audiences.domain.folder;

import io.audiences.domain.HexIds;

/** The id of a folder: 24 lower-case hex characters. */
public record FolderId(String value) {

    public FolderId {
        HexIds.require(value, "folderId");
    }

    @Override
    public String toString() {
        return value;
    }
}

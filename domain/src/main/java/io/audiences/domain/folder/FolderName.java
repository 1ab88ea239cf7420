package io.audiences.domain.folder;

import io.audiences.domain.TextRule;
import io.audiences.domain.audience.NameKey;
import java.util.Optional;

/** A folder's name, under the rules of an audience's name; compared by its {@link NameKey}. */
public record FolderName(String value) {

    public FolderName {
        value = TextRule.NAME.require("name", value);
    }

    /** The first rule {@code raw} breaks, if any. */
    public static Optional<String> problem(String raw) {
        return TextRule.NAME.problem(raw);
    }

    public NameKey key() {
        return NameKey.of(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

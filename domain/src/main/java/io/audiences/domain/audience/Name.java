package io.audiences.domain.audience;

import io.audiences.domain.TextRule;
import java.util.Optional;

/**
 * The name of an audience or of a folder: stripped of surrounding white space, then 1–200 characters (code points),
 * with no control characters. Two names are the same name when their {@link NameKey}s are equal.
 */
public record Name(String value) {

    public Name {
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

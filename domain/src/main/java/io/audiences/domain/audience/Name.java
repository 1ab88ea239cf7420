package io.audiences.domain.audience;

import io.audiences.domain.TextRule;
import java.util.Optional;

/**
 * An audience's name: stripped of surrounding white space, then 1–200 characters (code points),
 * with no control characters. Two names are the same name when their {@link NameKey}s are equal.
 */
public record AudienceName(String value) {

    public AudienceName {
        value = TextRule.NAME.require("name", value);
    }

    /** The first rule {@code raw} breaks, if any. */
    static Optional<String> problem(String raw) {
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

package io.audiences.domain.audience;

import io.audiences.domain.TextRule;
import java.util.Optional;

/**
 * An audience's description: stripped, at most 2000 characters (code points), no control
 * characters but {@code \n}, {@code \r} and {@code \t}. Never empty: a blank description is absent.
 */
public record AudienceDescription(String value) {

    public AudienceDescription {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a blank description is absent: use ofNullable");
        }
        value = TextRule.DESCRIPTION.require("description", value);
    }

    /** The description for raw input; {@code null} (absent) when the input is {@code null} or blank. */
    public static AudienceDescription ofNullable(String raw) {
        return TextRule.DESCRIPTION.normalise(raw) == null ? null : new AudienceDescription(raw);
    }

    /** The first rule {@code raw} breaks, if any. */
    static Optional<String> problem(String raw) {
        return TextRule.DESCRIPTION.problem(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.audiences.domain.prospect;

import io.audiences.domain.TextRule;
import java.util.Locale;
import java.util.Optional;

/**
 * A prospect's email address: stripped, at most 254 characters, one {@code @} with a non-empty
 * local part and a domain with a dot. Kept as given; compared lower-cased ({@link #key}).
 */
public record Email(String value) {

    static final int MAX_LENGTH = 254;

    public Email {
        value = value == null ? null : value.strip();
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("email " + problem.get());
        }
    }

    /** The first rule {@code raw} breaks, if any. */
    public static Optional<String> problem(String raw) {
        if (raw == null) {
            return Optional.of("is required");
        }
        String text = raw.strip();
        if (text.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        int at = text.indexOf('@');
        String domain = at < 0 ? "" : text.substring(at + 1);
        if (at <= 0 || text.indexOf('@', at + 1) >= 0 || !domain.contains(".") || domain.startsWith(".")
                || domain.endsWith(".") || text.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
                || !TextRule.isWellFormed(text)) {
            return Optional.of("must be an email address: one @, a name before it and a domain with a dot after it");
        }
        return Optional.empty();
    }

    /** How two addresses are compared: lower-cased. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }
}

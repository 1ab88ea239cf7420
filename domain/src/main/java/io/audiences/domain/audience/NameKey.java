package io.audiences.domain.audience;

import io.audiences.domain.CreationRule;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The form in which two audience names are compared: trimmed, NFKC-normalised, case-folded, with
 * every inner run of white space collapsed to one space. Two names with the same key are the same
 * name for the {@link CreationRule#AUDIENCE_NAME_TAKEN} rule.
 */
public record NameKey(String value) {

    public NameKey {
        Objects.requireNonNull(value, "value");
    }

    public static NameKey of(String name) {
        String key = fold(name);
        // Folding can expose new compatibility forms (e.g. a case mapping that NFKC composes
        // differently), so repeat until nothing changes; this makes the key idempotent.
        for (String next = fold(key); !next.equals(key); next = fold(key)) {
            key = next;
        }
        return new NameKey(key);
    }

    private static String fold(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String caseFolded = normalised.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        String composed = Normalizer.normalize(caseFolded, Normalizer.Form.NFKC);
        return collapseWhitespace(composed);
    }

    private static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(codePoint);
            }
        }
        return out.toString();
    }
}

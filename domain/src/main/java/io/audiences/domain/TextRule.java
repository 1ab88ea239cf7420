package io.audiences.domain;

import java.util.Optional;

/**
 * The contract's rules for a free-text field: trimmed as {@link String#strip()}, a maximum length
 * in code points (a surrogate pair is one character), no control characters (category Cc) except
 * those explicitly allowed, and well-formed UTF-16 (no unpaired surrogate).
 */
public final class TextRule {

    public static final TextRule NAME = new TextRule(true, 200, false);
    public static final TextRule DESCRIPTION = new TextRule(false, 2000, true);
    /** A prospect's first or last name, or its company's name (optional; required where the field says so). */
    public static final TextRule PERSON_NAME = new TextRule(false, 100, false);
    public static final TextRule HEADLINE = new TextRule(false, 300, false);

    private final boolean required;
    private final int maxCodePoints;
    private final boolean allowsLineBreaksAndTabs;

    private TextRule(boolean required, int maxCodePoints, boolean allowsLineBreaksAndTabs) {
        this.required = required;
        this.maxCodePoints = maxCodePoints;
        this.allowsLineBreaksAndTabs = allowsLineBreaksAndTabs;
    }

    /** The first rule {@code raw} breaks, as the {@code problem} half of a violation. */
    public Optional<String> problem(String raw) {
        if (raw == null) {
            return required ? Optional.of("is required") : Optional.empty();
        }
        if (!isWellFormed(raw)) {
            return Optional.of("must be well-formed Unicode");
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            return required ? Optional.of("must not be blank") : Optional.empty();
        }
        if (text.codePointCount(0, text.length()) > maxCodePoints) {
            return Optional.of("must be at most " + maxCodePoints + " characters");
        }
        if (text.codePoints().anyMatch(this::isForbiddenControl)) {
            return Optional.of("must not contain control characters");
        }
        return Optional.empty();
    }

    /**
     * The stored form of {@code raw} ({@link #normalise}) when it breaks no rule.
     *
     * @throws InvalidInputException naming {@code field} and the first rule {@code raw} breaks
     */
    public String require(String field, String raw) {
        InvalidInputException.throwIfAny(problem(raw).map(problem -> new FieldViolation(field, problem)).stream().toList());
        return normalise(raw);
    }

    /** The stored form of a valid value: stripped, and {@code null} when nothing is left. */
    public String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        return text.isEmpty() ? null : text;
    }

    private boolean isForbiddenControl(int codePoint) {
        if (Character.getType(codePoint) != Character.CONTROL) {
            return false;
        }
        return !(allowsLineBreaksAndTabs && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t'));
    }

    /** Whether {@code text} is well-formed UTF-16: no unpaired surrogate. */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}

package io.audiences.domain;

/** The contract's id format: 24 lower-case hex characters. */
public final class HexIds {

    public static final int LENGTH = 24;
    /** The rule, as the {@code problem} half of a violation. */
    public static final String RULE = "must be 24 lower-case hex characters";

    private HexIds() {
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    public static String require(String value, String field) {
        if (!isValid(value)) {
            throw new InvalidInputException(new FieldViolation(field, RULE));
        }
        return value;
    }
}

package io.audiences.domain;

/**
 * A client's idempotency key: 1–255 visible ASCII characters (0x21–0x7E), compared exactly. It
 * names one attempt at a creation, so that a retry of it is recognised. (How it travels, a header
 * over HTTP, is the adapter's business.)
 */
public record IdempotencyKey(String value) {

    /** The field a refused key is reported under. */
    public static final String FIELD = "idempotencyKey";
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (!isValid(value)) {
            throw new InvalidInputException(new FieldViolation(FIELD,
                    "must be 1-" + MAX_LENGTH + " visible ASCII characters (0x21-0x7E)"));
        }
    }

    private static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        return value.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }

    @Override
    public String toString() {
        return value;
    }
}

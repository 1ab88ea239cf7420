package io.audiences.domain.audience;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of audience, with their exact lower-case names in the API. */
public enum AudienceType {
    ON_DEMAND("on_demand"),
    MONITORING("monitoring");

    private final String value;

    AudienceType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The type whose name is exactly {@code value} (case-sensitive), if any. */
    public static Optional<AudienceType> fromValue(String value) {
        return Arrays.stream(values()).filter(type -> type.value.equals(value)).findFirst();
    }
}

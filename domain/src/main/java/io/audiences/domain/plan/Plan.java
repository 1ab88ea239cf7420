package io.audiences.domain.plan;

import java.util.Arrays;
import java.util.Optional;

/** The subscription plans an account group can be on. */
public enum Plan {
    TESTER("tester"),
    STARTER("starter"),
    SCALE("scale"),
    ENTERPRISE("enterprise");

    private final String value;

    Plan(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The plan whose name is exactly {@code value}, if any. */
    public static Optional<Plan> fromValue(String value) {
        return Arrays.stream(values()).filter(plan -> plan.value.equals(value)).findFirst();
    }

    /** All plan names, for messages: {@code tester, starter, scale, enterprise}. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Plan::value).toList());
    }
}

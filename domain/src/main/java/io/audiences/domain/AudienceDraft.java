package io.audiences.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A valid request for a new audience, before the creation rules have seen it.
 *
 * <p>The constructor applies the contract's input rules and normalises: {@code name} and
 * {@code description} are stripped, and an empty description becomes {@code null}.
 *
 * @param name        1–200 code points, no control characters
 * @param description at most 2000 code points, no control characters but {@code \n \r \t}; or {@code null}
 * @param type        the kind of audience
 */
public record AudienceDraft(String name, String description, AudienceType type) {

    public AudienceDraft {
        InvalidInputException.throwIfAny(violationsOf(name, description, type == null ? null : type.value()));
        name = TextRule.NAME.normalise(name);
        description = TextRule.DESCRIPTION.normalise(description);
    }

    /**
     * Validates raw input, as received.
     *
     * @throws InvalidInputException naming every violated field, in the order {@code name, description, type}
     */
    public static AudienceDraft of(String name, String description, String type) {
        InvalidInputException.throwIfAny(violationsOf(name, description, type));
        return new AudienceDraft(name, description, AudienceType.fromValue(type).orElseThrow());
    }

    /** Every input rule that raw input breaks, in the order {@code name, description, type}; empty if valid. */
    public static List<FieldViolation> violationsOf(String name, String description, String type) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRule.NAME.problem(name).ifPresent(problem -> violations.add(new FieldViolation("name", problem)));
        TextRule.DESCRIPTION.problem(description)
                .ifPresent(problem -> violations.add(new FieldViolation("description", problem)));
        typeProblem(type).ifPresent(problem -> violations.add(new FieldViolation("type", problem)));
        return violations;
    }

    public NameKey nameKey() {
        return NameKey.of(name);
    }

    private static Optional<String> typeProblem(String type) {
        if (type == null) {
            return Optional.of("is required");
        }
        if (AudienceType.fromValue(type).isEmpty()) {
            return Optional.of("must be one of: on_demand, monitoring");
        }
        return Optional.empty();
    }
}

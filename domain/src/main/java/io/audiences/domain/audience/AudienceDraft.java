package io.audiences.domain.audience;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid request for a new audience, before the creation rules have seen it.
 *
 * @param name        the audience's name
 * @param description its description, or {@code null} when it has none
 * @param type        the kind of audience
 */
public record AudienceDraft(Name name, AudienceDescription description, AudienceType type) {

    public AudienceDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Validates raw input, as received: strips the texts, turns a blank description into none.
     *
     * @throws InvalidInputException naming every violated field, in the order {@code name, description, type}
     */
    public static AudienceDraft of(String name, String description, String type) {
        InvalidInputException.throwIfAny(violationsOf(name, description, type));
        return new AudienceDraft(new Name(name), AudienceDescription.ofNullable(description),
                AudienceType.fromValue(type).orElseThrow());
    }

    /** Every input rule that raw input breaks, in the order {@code name, description, type}; empty if valid. */
    public static List<FieldViolation> violationsOf(String name, String description, String type) {
        List<FieldViolation> violations = new ArrayList<>();
        Name.problem(name).ifPresent(problem -> violations.add(new FieldViolation("name", problem)));
        AudienceDescription.problem(description).ifPresent(problem -> violations.add(new FieldViolation("description", problem)));
        typeProblem(type).ifPresent(problem -> violations.add(new FieldViolation("type", problem)));
        return violations;
    }

    public NameKey nameKey() {
        return name.key();
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

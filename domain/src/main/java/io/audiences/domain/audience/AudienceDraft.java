package io.audiences.domain.audience;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** The fields of a new audience, as the contract names them, in the order their problems are told. */
    public static final List<String> FIELDS = List.of("name", "description", "type");

    /**
     * As {@link #of(String, String, String)}, from raw input by field name ({@link #FIELDS}; an
     * absent field is {@code null}).
     */
    public static AudienceDraft of(Map<String, String> fields) {
        return of(fields.get("name"), fields.get("description"), fields.get("type"));
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

    /** An audience named {@code name} of {@code type}, with nothing else. */
    public static AudienceDraft named(Name name, AudienceType type) {
        return new AudienceDraft(name, null, type);
    }

    /**
     * This draft with {@code description} (stripped; blank means none).
     *
     * @throws InvalidInputException if the description breaks the contract's rules
     */
    public AudienceDraft describedAs(String description) {
        return new AudienceDraft(name, AudienceDescription.ofNullable(description), type);
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

package io.audiences.domain.audience;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A valid change of an audience's name and description; a field left out is left as it is.
 *
 * @param name        the new name, or {@code null} to keep the current one
 * @param description whether the description changes
 * @param newDescription the new description when it changes; {@code null} clears it
 */
public record AudienceChanges(Name name, boolean description, AudienceDescription newDescription) {

    public AudienceChanges {
        if (name == null && !description) {
            throw new IllegalArgumentException("a change changes the name, the description or both");
        }
        if (!description && newDescription != null) {
            throw new IllegalArgumentException("a new description is given only when the description changes");
        }
    }

    /**
     * Validates raw input: {@code name} when {@code nameGiven}, {@code description} (null or blank
     * clears it) when {@code descriptionGiven}; at least one of them.
     *
     * @throws InvalidInputException naming every violated field, in the order {@code name, description}
     */
    public static AudienceChanges of(boolean nameGiven, String name, boolean descriptionGiven, String description) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!nameGiven && !descriptionGiven) {
            violations.add(new FieldViolation("body", "must change name, description or both"));
        }
        if (nameGiven) {
            Name.problem(name).map(problem -> problem.equals("is required") ? "must not be null" : problem)
                    .ifPresent(problem -> violations.add(new FieldViolation("name", problem)));
        }
        if (descriptionGiven) {
            AudienceDescription.problem(description).ifPresent(problem -> violations.add(new FieldViolation("description", problem)));
        }
        InvalidInputException.throwIfAny(violations);
        return new AudienceChanges(nameGiven ? new Name(name) : null, descriptionGiven,
                descriptionGiven ? AudienceDescription.ofNullable(description) : null);
    }

    /** The key of the new name, when the name changes. */
    public Optional<NameKey> nameKey() {
        return Optional.ofNullable(name).map(Name::key);
    }

    /**
     * {@code current} with these changes. Renaming to a name that another audience of the group
     * holds is refused; another spelling of the audience's own name is a rename like any other.
     *
     * @param nameHeldByAnother whether an audience other than {@code current} holds the new name's key
     * @throws io.audiences.domain.RuleRefusal {@code AUDIENCE_NAME_TAKEN}
     */
    public Audience applyTo(Audience current, boolean nameHeldByAnother) {
        if (name != null && nameHeldByAnother) {
            throw CreationPolicy.nameTaken();
        }
        return current.described(name == null ? current.name() : name, description ? newDescription : current.description());
    }
}

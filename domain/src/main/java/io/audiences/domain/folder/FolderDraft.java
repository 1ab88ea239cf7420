package io.audiences.domain.folder;

import io.audiences.domain.audience.Name;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.audience.AudienceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A valid request for a new folder, before the folder rules have seen it. */
public record FolderDraft(Name name, AudienceType audienceType) {

    public FolderDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(audienceType, "audienceType");
    }

    /**
     * Validates raw input, as received.
     *
     * @throws InvalidInputException naming every violated field, in the order {@code name, audienceType}
     */
    public static FolderDraft of(String name, String audienceType) {
        List<FieldViolation> violations = new ArrayList<>();
        Name.problem(name).ifPresent(problem -> violations.add(new FieldViolation("name", problem)));
        if (audienceType == null) {
            violations.add(new FieldViolation("audienceType", "is required"));
        } else if (AudienceType.fromValue(audienceType).isEmpty()) {
            violations.add(new FieldViolation("audienceType", "must be one of: on_demand, monitoring"));
        }
        InvalidInputException.throwIfAny(violations);
        return new FolderDraft(new Name(name), AudienceType.fromValue(audienceType).orElseThrow());
    }
}

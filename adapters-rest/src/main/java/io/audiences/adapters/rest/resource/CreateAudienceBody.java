package io.audiences.adapters.rest.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The create request's body, mapped by hand so that every problem is reported at once: JSON types
 * and unknown fields here, the contract's text rules by the domain, in the order
 * {@code name, description, type}, then unknown fields in the order sent.
 */
final class CreateAudienceBody {

    private static final List<String> FIELDS = List.of("name", "description", "type");
    private static final int MAX_FIELD_NAME_SHOWN = 64;

    private CreateAudienceBody() {
    }

    /** @throws InvalidInputException naming every violated field */
    static CreateAudienceCommand toCommand(AccountGroupId accountGroupId, ObjectNode body) {
        List<FieldViolation> violations = new ArrayList<>();
        String name = text(body, "name", violations);
        String description = text(body, "description", violations);
        String type = text(body, "type", violations);
        Set<String> mistyped = violations.stream().map(FieldViolation::field).collect(Collectors.toSet());
        AudienceDraft draft = null;
        try {
            draft = AudienceDraft.of(name, description, type);
        } catch (InvalidInputException refused) {
            // A field of the wrong JSON type was read as absent: its "is required" is not news.
            refused.violations().stream().filter(violation -> !mistyped.contains(violation.field())).forEach(violations::add);
        }
        violations.sort(Comparator.comparingInt(violation -> FIELDS.indexOf(violation.field())));
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                violations.add(new FieldViolation(shown(field), "is not a known field"));
            }
        }
        InvalidInputException.throwIfAny(violations);
        return new CreateAudienceCommand(accountGroupId, draft);
    }

    /** The field's text; {@code null} if absent or JSON null; a violation if it is not a string. */
    private static String text(ObjectNode body, String field, List<FieldViolation> violations) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            violations.add(new FieldViolation(field, "must be a string"));
            return null;
        }
        return node.textValue();
    }

    private static String shown(String field) {
        String printable = field.replaceAll("\\p{Cc}", "?");
        return printable.length() <= MAX_FIELD_NAME_SHOWN ? printable : printable.substring(0, MAX_FIELD_NAME_SHOWN) + "…";
    }
}

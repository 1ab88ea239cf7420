package io.audiences.adapters.rest.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A request body's fields, read by hand so that every problem is reported at once: JSON types and
 * unknown fields here, the contract's rules by the domain; violations in the order of the known
 * fields, then unknown fields in the order sent.
 */
public final class BodyFields {

    private static final int MAX_FIELD_NAME_SHOWN = 64;

    private final ObjectNode body;
    private final List<String> known;
    private final List<FieldViolation> violations = new ArrayList<>();
    private final Set<String> mistyped = new HashSet<>();

    public BodyFields(ObjectNode body, String... known) {
        this.body = body;
        this.known = List.of(known);
    }

    /** Whether the body names {@code field}, even as {@code null}. */
    public boolean has(String field) {
        return body.has(field);
    }

    /** The field's text; {@code null} if absent or JSON null; a violation if it is not a string. */
    public String text(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            violations.add(new FieldViolation(field, "must be a string"));
            mistyped.add(field);
            return null;
        }
        return node.textValue();
    }

    /** Every known field's text, by name ({@code null} where absent, JSON null or not a string). */
    public Map<String, String> texts() {
        Map<String, String> texts = new HashMap<>();
        known.forEach(field -> texts.put(field, text(field)));
        return texts;
    }

    /**
     * What {@code build} makes of the fields read, once the domain has checked them.
     *
     * @throws InvalidInputException naming every violated field
     */
    public <T> T build(Supplier<T> build) {
        T built = null;
        try {
            built = build.get();
        } catch (InvalidInputException refused) {
            // A field of the wrong JSON type was read as absent: its "is required" is not news.
            refused.violations().stream().filter(violation -> !mistyped.contains(violation.field())).forEach(violations::add);
        }
        violations.sort(Comparator.comparingInt(violation -> known.indexOf(violation.field())));
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!known.contains(field)) {
                violations.add(new FieldViolation(shown(field), "is not a known field"));
            }
        }
        InvalidInputException.throwIfAny(violations);
        return built;
    }

    /** A field's name as a violation may show it: control characters replaced, at most 64 characters. */
    public static String shown(String field) {
        String printable = field.replaceAll("\\p{Cc}", "?");
        return printable.length() <= MAX_FIELD_NAME_SHOWN ? printable : printable.substring(0, MAX_FIELD_NAME_SHOWN) + "…";
    }
}

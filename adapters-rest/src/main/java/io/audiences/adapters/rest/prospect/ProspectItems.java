package io.audiences.adapters.rest.prospect;

import com.fasterxml.jackson.databind.JsonNode;
import io.audiences.adapters.rest.route.BodyFields;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.prospect.ProspectBatch;
import io.audiences.domain.prospect.ProspectDraft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One prospect as a batch item (or an import's line) sends it: a JSON object of
 * {@code linkedinUrl, email, firstName, lastName, headline} (strings or {@code null}) and
 * {@code company} ({@code {name, domain}} or {@code null}). Read as a valid draft, or as what was
 * wrong with it: every problem at once, in the order of {@link ProspectDraft#FIELDS}, then
 * unknown fields in the order sent.
 */
final class ProspectItems {

    private static final Set<String> TEXTS = Set.of("linkedinUrl", "email", "firstName", "lastName", "headline");
    private static final String COMPANY = "company";
    private static final Set<String> COMPANY_TEXTS = Set.of("name", "domain");
    /**
     * How many problems an item's {@code details} names: a batch's results are kept whole under an
     * {@code Idempotency-Key}, and thousands of unknown fields must not make them too long to keep.
     */
    static final int MAX_TOLD = 10;

    private ProspectItems() {
    }

    static ProspectBatch.Item read(JsonNode item) {
        if (!item.isObject()) {
            return new ProspectBatch.Malformed("prospect: must be an object");
        }
        Map<String, String> texts = new HashMap<>();
        List<FieldViolation> violations = new ArrayList<>();
        List<FieldViolation> unknown = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (TEXTS.contains(field.getKey())) {
                text(field.getKey(), field.getValue(), texts, violations);
            } else if (COMPANY.equals(field.getKey())) {
                company(field.getValue(), texts, violations, unknown);
            } else {
                unknown.add(new FieldViolation(BodyFields.shown(field.getKey()), "is not a known field"));
            }
        }
        ProspectDraft draft = null;
        try {
            draft = ProspectDraft.of(texts);
        } catch (InvalidInputException refused) {
            // A field of the wrong JSON type was read as absent: what the draft says of it is not news.
            refused.violations().stream()
                    .filter(violation -> violations.stream().noneMatch(typed -> typed.field().equals(violation.field())))
                    .forEach(violations::add);
        }
        violations.sort(Comparator.comparingInt(violation -> ProspectDraft.FIELDS.indexOf(
                COMPANY.equals(violation.field()) ? "company.name" : violation.field())));
        violations.addAll(unknown);
        if (violations.size() > MAX_TOLD) {
            int more = violations.size() - MAX_TOLD;
            violations.subList(MAX_TOLD, violations.size()).clear();
            violations.add(new FieldViolation("prospect", "and " + more + " more problems"));
        }
        return violations.isEmpty() ? new ProspectBatch.Valid(draft)
                : new ProspectBatch.Malformed(new InvalidInputException(violations).details());
    }

    private static void company(JsonNode company, Map<String, String> texts, List<FieldViolation> violations,
            List<FieldViolation> unknown) {
        if (company.isNull()) {
            return;
        }
        if (!company.isObject()) {
            violations.add(new FieldViolation(COMPANY, "must be an object with a name, or null"));
            return;
        }
        texts.put("company.name", null);
        for (Iterator<Map.Entry<String, JsonNode>> fields = company.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (COMPANY_TEXTS.contains(field.getKey())) {
                text("company." + field.getKey(), field.getValue(), texts, violations);
            } else {
                unknown.add(new FieldViolation("company." + BodyFields.shown(field.getKey()), "is not a known field"));
            }
        }
    }

    private static void text(String field, JsonNode value, Map<String, String> texts, List<FieldViolation> violations) {
        if (value.isNull()) {
            texts.put(field, null);
        } else if (value.isTextual()) {
            texts.put(field, value.textValue());
        } else {
            violations.add(new FieldViolation(field, "must be a string"));
        }
    }
}

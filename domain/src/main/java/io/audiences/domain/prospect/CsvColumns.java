package io.audiences.domain.prospect;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV import's header row: which of a prospect's fields each column holds. Columns are named
 * {@code linkedinUrl, email, firstName, lastName, headline, companyName, companyDomain}, in any
 * order; an unknown or repeated column, or a header with neither {@code linkedinUrl} nor
 * {@code email}, refuses the file.
 */
public record CsvColumns(List<String> fields) {

    /** Column name to {@link ProspectDraft#FIELDS} name. */
    private static final Map<String, String> FIELD_OF = Map.of(
            "linkedinUrl", "linkedinUrl", "email", "email", "firstName", "firstName", "lastName", "lastName",
            "headline", "headline", "companyName", "company.name", "companyDomain", "company.domain");

    public CsvColumns {
        fields = List.copyOf(fields);
    }

    /** @throws InvalidInputException naming every problem of the header (field {@code header}) */
    public static CsvColumns of(List<String> header) {
        List<String> problems = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            String name = column.strip();
            String field = FIELD_OF.get(name);
            if (field == null) {
                problems.add("unknown column \"" + shown(name) + "\"");
            } else if (!seen.add(name)) {
                problems.add("column " + name + " is repeated");
            }
            fields.add(field);
        }
        if (!seen.contains("linkedinUrl") && !seen.contains("email")) {
            problems.add("needs a linkedinUrl or an email column");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(new FieldViolation("header", String.join(", ", problems)
                    + " (columns: linkedinUrl, email, firstName, lastName, headline, companyName, companyDomain)"));
        }
        return new CsvColumns(fields);
    }

    /**
     * One data row as a batch item: its values by field (an empty value is none), or, when it does
     * not have one value per column, what is wrong with it.
     */
    public ProspectBatch.Item item(List<String> values) {
        if (values.size() != fields.size()) {
            return new ProspectBatch.Malformed("row: has " + values.size() + " values; the header has " + fields.size()
                    + " columns");
        }
        Map<String, String> byField = new java.util.HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            byField.put(fields.get(i), values.get(i).isEmpty() ? null : values.get(i));
        }
        if (byField.get("company.name") == null && byField.get("company.domain") == null) {
            byField.remove("company.name");
            byField.remove("company.domain");
        }
        try {
            return new ProspectBatch.Valid(ProspectDraft.of(byField));
        } catch (InvalidInputException invalid) {
            return new ProspectBatch.Malformed(invalid.details());
        }
    }

    private static String shown(String name) {
        String printable = name.replaceAll("\\p{Cc}", "?");
        return printable.length() <= 64 ? printable : printable.substring(0, 64) + "…";
    }
}

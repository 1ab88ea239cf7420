package io.audiences.domain.prospect;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.TextRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A valid prospect to add to an audience, before the audience's rules (its limit, who it holds
 * already) have seen it. It has a LinkedIn URL or an email, or both; every text is stripped, and
 * an empty one is none.
 */
public record ProspectDraft(LinkedinUrl linkedinUrl, Email email, String firstName, String lastName, String headline,
        Company company) {

    /**
     * The input fields, as the contract names them, in the order their problems are told; a
     * company's are {@code company.name} and {@code company.domain}.
     */
    public static final List<String> FIELDS =
            List.of("linkedinUrl", "email", "firstName", "lastName", "headline", "company.name", "company.domain");

    public ProspectDraft {
        if (linkedinUrl == null && email == null) {
            throw new IllegalArgumentException("a prospect needs a LinkedIn URL or an email");
        }
    }

    /**
     * Validates raw input by field name ({@link #FIELDS}; an absent field is {@code null}, and a
     * company is given when either of its fields is present, even as {@code null}).
     *
     * @throws InvalidInputException naming every violated field, in the order of {@link #FIELDS}
     */
    public static ProspectDraft of(Map<String, String> fields) {
        String linkedinUrl = blankAsNull(fields.get("linkedinUrl"));
        String email = blankAsNull(fields.get("email"));
        boolean companyGiven = fields.containsKey("company.name") || fields.containsKey("company.domain");
        List<FieldViolation> violations = new ArrayList<>();
        check(violations, "linkedinUrl", linkedinUrl, raw -> raw == null ? Optional.empty() : LinkedinUrl.problem(raw));
        check(violations, "email", email, raw -> raw == null ? Optional.empty() : Email.problem(raw));
        check(violations, "firstName", fields.get("firstName"), TextRule.PERSON_NAME::problem);
        check(violations, "lastName", fields.get("lastName"), TextRule.PERSON_NAME::problem);
        check(violations, "headline", fields.get("headline"), TextRule.HEADLINE::problem);
        if (companyGiven) {
            String companyName = blankAsNull(fields.get("company.name"));
            check(violations, "company.name", companyName,
                    raw -> raw == null ? Optional.of("is required") : TextRule.PERSON_NAME.problem(raw));
            check(violations, "company.domain", fields.get("company.domain"), Company::domainProblem);
        }
        if (linkedinUrl == null && email == null) {
            violations.add(0, new FieldViolation("linkedinUrl", "a prospect needs a linkedinUrl or an email"));
        }
        InvalidInputException.throwIfAny(violations);
        return new ProspectDraft(linkedinUrl == null ? null : LinkedinUrl.parse(linkedinUrl), email == null ? null : new Email(email),
                TextRule.PERSON_NAME.normalise(fields.get("firstName")), TextRule.PERSON_NAME.normalise(fields.get("lastName")),
                TextRule.HEADLINE.normalise(fields.get("headline")),
                companyGiven ? new Company(TextRule.PERSON_NAME.normalise(fields.get("company.name")),
                        blankAsNull(fields.get("company.domain"))) : null);
    }

    /** First and last name joined by one space, or whichever is present, or {@code null}. */
    public String name() {
        if (firstName != null && lastName != null) {
            return firstName + " " + lastName;
        }
        return firstName != null ? firstName : lastName;
    }

    /** Who this prospect is within an audience. */
    public ProspectKey key() {
        return ProspectKey.of(linkedinUrl, email);
    }

    private static void check(List<FieldViolation> violations, String field, String raw, Function<String, Optional<String>> rule) {
        rule.apply(raw).ifPresent(problem -> violations.add(new FieldViolation(field, problem)));
    }

    private static String blankAsNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}

package io.audiences.domain.prospect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** prospects.md, section 2: a prospect's input rules, its derived name, and who counts as the same prospect. */
class ProspectDraftTest {

    @Test
    void aFullProspectIsStrippedAndNamed() {
        ProspectDraft draft = ProspectDraft.of(fields("linkedinUrl", "https://linkedin.com/in/Avery-Stone/?trk=x",
                "email", " avery@acme.io ", "firstName", " Avery ", "lastName", "Stone", "headline", "VP Sales at Acme",
                "company.name", "Acme", "company.domain", "acme.io"));

        assertThat(draft.linkedinUrl().url()).isEqualTo("https://www.linkedin.com/in/Avery-Stone");
        assertThat(draft.email().value()).isEqualTo("avery@acme.io");
        assertThat(draft.name()).isEqualTo("Avery Stone");
        assertThat(draft.company()).isEqualTo(new Company("Acme", "acme.io"));
        assertThat(draft.key()).isEqualTo(new ProspectKey("in:avery-stone"));
    }

    @Test
    void theSamePersonIsTheSameKeyHoweverTheUrlOrEmailIsSpelt() {
        assertThat(ProspectDraft.of(fields("linkedinUrl", "https://www.linkedin.com/in/avery-stone", "email", "a@b.io")).key())
                .isEqualTo(ProspectDraft.of(fields("linkedinUrl", "https://fr.linkedin.com/in/AVERY-STONE/")).key());
        assertThat(ProspectDraft.of(fields("email", "AVERY@ACME.IO")).key())
                .isEqualTo(ProspectDraft.of(fields("email", "avery@acme.io", "firstName", "Avery")).key())
                .isNotEqualTo(ProspectDraft.of(fields("linkedinUrl", "https://www.linkedin.com/in/avery", "email", "avery@acme.io")).key());
    }

    @Test
    void theNameIsWhicheverPartIsPresentOrNone() {
        assertThat(ProspectDraft.of(fields("email", "a@b.io", "lastName", "Stone")).name()).isEqualTo("Stone");
        assertThat(ProspectDraft.of(fields("email", "a@b.io", "firstName", "")).name()).isNull();
        assertThat(ProspectDraft.of(fields("email", "a@b.io", "firstName", "")).firstName()).isNull();
    }

    @Test
    void everyBrokenRuleIsNamedInTheOrderOfTheFields() {
        assertThatThrownBy(() -> ProspectDraft.of(fields("linkedinUrl", "https://www.linkedin.com/company/acme",
                "email", "not-an-email", "firstName", "x".repeat(101), "headline", "y".repeat(301),
                "company.name", null, "company.domain", "-acme-.io")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("linkedinUrl", "email", "firstName", "headline", "company.name", "company.domain"));
    }

    @Test
    void aProspectNeedsALinkedinUrlOrAnEmail() {
        assertThatThrownBy(() -> ProspectDraft.of(fields("firstName", "Avery", "email", "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .containsExactly(new FieldViolation("linkedinUrl", "a prospect needs a linkedinUrl or an email")));
    }

    @Test
    void anEmailNeedsOneAtANameAndADomainWithADot() {
        assertThat(Email.problem("avery@acme.io")).isEmpty();
        assertThat(Email.problem("a@b@acme.io")).isPresent();
        assertThat(Email.problem("@acme.io")).isPresent();
        assertThat(Email.problem("avery@acme")).isPresent();
        assertThat(Email.problem("avery@acme.")).isPresent();
        assertThat(Email.problem("av ery@acme.io")).isPresent();
        assertThat(Email.problem("a".repeat(250) + "@b.io")).contains("must be at most 254 characters");
        assertThat(new Email("Avery@Acme.IO").key()).isEqualTo("avery@acme.io");
    }

    /** Field names and values, in pairs; a value may be null (the field sent as JSON null). */
    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** PostgreSQL's driver writes an unpaired surrogate as '?': two addresses would become one. */
    @Test
    void anEmailWithAnUnpairedSurrogateIsRefused() {
        assertThat(Email.problem("\ud800@acme.io")).isPresent();
        assertThat(Email.problem("ünïcode@acme.io")).isEmpty();
    }
}

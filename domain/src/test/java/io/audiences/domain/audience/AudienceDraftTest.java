package io.audiences.domain.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AudienceDraftTest {

    private static final String EMOJI = "😀"; // one code point, two UTF-16 chars

    private static String violations(String name, String description, String type) {
        return String.join("; ", AudienceDraft.violationsOf(name, description, type).stream()
                .map(FieldViolation::toString).toList());
    }

    @Test
    void validInputIsStrippedAndKept() {
        AudienceDraft draft = AudienceDraft.of("  Q1 webinar attendees\u2003", "\n People who came \t", "on_demand");

        assertThat(draft.name().value()).isEqualTo("Q1 webinar attendees");
        assertThat(draft.description().value()).isEqualTo("People who came");
        assertThat(draft.type()).isEqualTo(AudienceType.ON_DEMAND);
    }

    @Test
    void nameOf200CodePointsMadeOfEmojiIsAcceptedAnd201IsRefused() {
        String name200 = EMOJI.repeat(200);
        assertThat(name200.length()).isEqualTo(400);

        assertThat(AudienceDraft.of(name200, null, "on_demand").name().value()).isEqualTo(name200);
        assertThat(violations(name200 + EMOJI, null, "on_demand")).isEqualTo("name: must be at most 200 characters");
        assertThat(violations("a".repeat(201), null, "on_demand")).isEqualTo("name: must be at most 200 characters");
    }

    @Test
    void lengthIsCountedAfterStripping() {
        assertThat(AudienceDraft.of("  " + "a".repeat(200) + "  ", null, "monitoring").name().value()).hasSize(200);
    }

    @Test
    void missingBlankAndWhitespaceOnlyNamesAreRefused() {
        assertThat(violations(null, null, "on_demand")).isEqualTo("name: is required");
        assertThat(violations("", null, "on_demand")).isEqualTo("name: must not be blank");
        assertThat(violations(" \t\n\u2003 ", null, "on_demand")).isEqualTo("name: must not be blank");
    }

    @ParameterizedTest(name = "name with U+{0}")
    @ValueSource(strings = {"0000", "0001", "0009", "000A", "000D", "001B", "001F", "007F", "0080", "0085", "009F"})
    void everyControlCharacterIsRefusedInsideAName(String hex) {
        String control = Character.toString(Integer.parseInt(hex, 16));

        assertThat(violations("bad" + control + "name", null, "on_demand"))
                .isEqualTo("name: must not contain control characters");
    }

    @ParameterizedTest(name = "description with U+{0}")
    @ValueSource(strings = {"0000", "0001", "000B", "000C", "001F", "007F", "0085", "009F"})
    void controlCharactersOtherThanLineBreaksAndTabsAreRefusedInADescription(String hex) {
        String control = Character.toString(Integer.parseInt(hex, 16));

        assertThat(violations("name", "bad" + control + "text", "on_demand"))
                .isEqualTo("description: must not contain control characters");
    }

    @Test
    void descriptionKeepsInnerLineBreaksAndTabs() {
        assertThat(AudienceDraft.of("name", "line one\r\nline\ttwo", "on_demand").description().value())
                .isEqualTo("line one\r\nline\ttwo");
    }

    @Test
    void formatCharactersThatAreNotControlCharactersAreAllowed() {
        // U+200B ZERO WIDTH SPACE is Cf, not Cc: the contract refuses only Cc.
        assertThat(AudienceDraft.of("a\u200Bb", null, "on_demand").name().value()).isEqualTo("a\u200Bb");
    }

    @Test
    void emptyOrBlankDescriptionIsStoredAsAbsent() {
        assertThat(AudienceDraft.of("name", "", "on_demand").description()).isNull();
        assertThat(AudienceDraft.of("name", " \n\t ", "on_demand").description()).isNull();
        assertThat(AudienceDraft.of("name", null, "on_demand").description()).isNull();
    }

    @Test
    void descriptionOf2000CodePointsIsAcceptedAnd2001IsRefused() {
        assertThat(AudienceDraft.of("name", EMOJI.repeat(2000), "on_demand").description().value()).hasSize(4000);
        assertThat(violations("name", EMOJI.repeat(2001), "on_demand"))
                .isEqualTo("description: must be at most 2000 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "a\uDC00", "\uDC00\uD800", "ok\uD83D"})
    void unpairedSurrogatesAreRefusedInEveryTextField(String malformed) {
        assertThat(violations(malformed, malformed, "on_demand"))
                .isEqualTo("name: must be well-formed Unicode; description: must be well-formed Unicode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ON_DEMAND", "Monitoring", "on-demand", " on_demand", "linkedin_search", ""})
    void typeMustBeExactlyOneOfTheLowerCaseValues(String type) {
        assertThat(violations("name", null, type)).isEqualTo("type: must be one of: on_demand, monitoring");
    }

    @Test
    void missingTypeIsRefused() {
        assertThat(violations("name", null, null)).isEqualTo("type: is required");
    }

    @Test
    void everyViolatedFieldIsReportedInTheOrderNameDescriptionType() {
        assertThatThrownBy(() -> AudienceDraft.of(" ", "x\u0000", "MONITORING"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("VALIDATION_ERROR");
                    assertThat(e.details()).isEqualTo("name: must not be blank; "
                            + "description: must not contain control characters; "
                            + "type: must be one of: on_demand, monitoring");
                    assertThat(e.violations()).extracting(FieldViolation::field)
                            .containsExactly("name", "description", "type");
                });
    }

    @Test
    void theValueTypesApplyTheSameRulesAsTheFactory() {
        assertThatThrownBy(() -> new Name("a".repeat(201)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("name: must be at most 200 characters");
        assertThatThrownBy(() -> new AudienceDescription("bad\u0000"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("description: must not contain control characters");
        assertThat(new Name("  Leads ").value()).isEqualTo("Leads");
        assertThat(AudienceDescription.ofNullable(" \t ")).isNull();
        assertThatThrownBy(() -> new AudienceDraft(new Name("name"), null, null)).isInstanceOf(NullPointerException.class);
    }
}

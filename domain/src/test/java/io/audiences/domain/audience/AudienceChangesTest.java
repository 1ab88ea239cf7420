package io.audiences.domain.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.domain.RuleRefusal;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.accountgroup.AccountGroupId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AudienceChangesTest {

    private static final Audience LEADS = Audience.create(new AudienceId("6750a1c2e4b0f3a9d1c2b3a4"),
            new AccountGroupId("6750a1c2e4b0f3a9d1c2b3a5"), AudienceDraft.of("Leads", "From the webinar", "on_demand"),
            Instant.parse("2026-11-26T10:15:30.123Z"));

    @Test
    void aChangeNamesAtLeastOneField() {
        assertThatThrownBy(() -> AudienceChanges.of(false, null, false, null))
                .isInstanceOf(InvalidInputException.class).hasMessage("body: must change name, description or both");
    }

    @Test
    void everyBrokenFieldIsNamedInOrder() {
        assertThatThrownBy(() -> AudienceChanges.of(true, "  ", true, "bad\u0001"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("name: must not be blank; description: must not contain control characters");
        assertThatThrownBy(() -> AudienceChanges.of(true, null, false, null))
                .isInstanceOf(InvalidInputException.class).hasMessage("name: must not be null");
    }

    @Test
    void aFieldLeftOutIsKeptAndANullOrBlankDescriptionClearsIt() {
        Audience renamed = AudienceChanges.of(true, " Hot leads ", false, null).applyTo(LEADS, false);
        Audience cleared = AudienceChanges.of(false, null, true, null).applyTo(LEADS, false);
        Audience blanked = AudienceChanges.of(false, null, true, "  ").applyTo(LEADS, false);

        assertThat(renamed.name().value()).isEqualTo("Hot leads");
        assertThat(renamed.description()).isEqualTo(LEADS.description());
        assertThat(cleared.description()).isNull();
        assertThat(cleared.name()).isEqualTo(LEADS.name());
        assertThat(blanked).isEqualTo(cleared);
    }

    @Test
    void aNameThatAnotherAudienceHoldsIsRefusedAndOnlyWhenTheNameChanges() {
        assertThatThrownBy(() -> AudienceChanges.of(true, "Taken", false, null).applyTo(LEADS, true))
                .isInstanceOfSatisfying(RuleRefusal.class,
                        e -> assertThat(e.code()).isEqualTo("AUDIENCE_NAME_TAKEN"));
        assertThat(AudienceChanges.of(false, null, true, "New").applyTo(LEADS, true).description().value()).isEqualTo("New");
    }
}

package io.audiences.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.contract.SeededIdSource;
import io.audiences.application.memory.InMemoryAudiencesStorage;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.RuleRefusal;
import io.audiences.domain.CreationRule;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CreateAudienceServiceTest {

    private static final AccountGroupId GROUP = new AccountGroupId("0123456789abcdef01234567");
    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123456Z");

    private final InMemoryAudiencesStorage store = InMemoryAudiencesStorage.create();
    private final CreateAudienceService service = new CreateAudienceService(store.audiences(), new SeededIdSource(7),
            Clock.fixed(NOW, ZoneOffset.UTC), PlanCatalog.defaults());

    private static CreateAudienceCommand onDemand(String name) {
        return CreateAudienceCommand.of(GROUP, AudienceType.ON_DEMAND, name);
    }

    @Test
    void aNameThatBreaksTheRulesIsRefusedWhenTheCommandIsBuilt() {
        assertThatThrownBy(() -> onDemand(" ")).isInstanceOf(InvalidInputException.class).hasMessage("name: must not be blank");
        assertThatThrownBy(() -> onDemand("ok").describedAs("\u0000")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("description: ");
    }

    private void group(Plan plan, boolean linkedin) {
        store.accountGroups().insert(new AccountGroup(GROUP, "Acme", plan, linkedin));
    }

    @Test
    void createsAnAudienceWithANewIdAtTheClocksMillisecond() {
        group(Plan.STARTER, false);

        Audience audience = service.create(CreateAudienceCommand.of(GROUP, AudienceType.ON_DEMAND, " Q1 webinar ").describedAs(" "));

        assertThat(audience.id().value()).matches("[0-9a-f]{24}");
        assertThat(audience.accountGroupId()).isEqualTo(GROUP);
        assertThat(audience.name().value()).isEqualTo("Q1 webinar");
        assertThat(audience.description()).isNull();
        assertThat(audience.type()).isEqualTo(AudienceType.ON_DEMAND);
        assertThat(audience.createdAt()).isEqualTo(Instant.parse("2026-11-26T10:15:30.123Z"));
        assertThat(store.audiences().find(audience.accountGroupId(), audience.id())).contains(audience);
    }

    @Test
    void twoIdenticalRequestsGiveANameConflictTheSecondTime() {
        group(Plan.STARTER, false);
        service.create(onDemand("Leads"));

        assertThatThrownBy(() -> service.create(onDemand("leads")))
                .isInstanceOfSatisfying(RuleRefusal.class,
                        e -> assertThat(e.rule()).isEqualTo(CreationRule.AUDIENCE_NAME_TAKEN));
    }

    @Test
    void theTesterPlanStopsAtFiveAudiencesAndRefusesMonitoring() {
        group(Plan.TESTER, true);
        for (int i = 1; i <= 5; i++) {
            service.create(onDemand("List " + i));
        }

        assertThatThrownBy(() -> service.create(onDemand("List 6")))
                .hasMessage("plan tester allows 5 audiences; 5 exist");
        assertThatThrownBy(() -> service.create(CreateAudienceCommand.of(GROUP, AudienceType.MONITORING, "Watch")))
                .hasMessage("plan tester allows 0 monitoring audiences");
    }

    @Test
    void anUnknownAccountGroupIsNotFound() {
        assertThatThrownBy(() -> service.create(onDemand("Leads")))
                .isInstanceOf(UnknownIdException.class);
    }
}

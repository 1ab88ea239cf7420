package io.audiences.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.command.CreateAccountGroupCommand;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.command.UpdateAccountGroupCommand;
import io.audiences.application.memory.InMemoryAudiences;
import io.audiences.application.memory.SecureRandomIdSource;
import io.audiences.application.port.in.CreateAudience;
import io.audiences.application.service.AccountGroupService;
import io.audiences.application.service.CreateAudienceService;
import io.audiences.domain.AccountGroup;
import io.audiences.domain.Audience;
import io.audiences.domain.CreationRefusedException;
import io.audiences.domain.DomainRefusal;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.Plan;
import io.audiences.domain.PlanCatalog;
import java.io.File;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A plain Java caller, as a service embedding the library would be: only {@code domain} and
 * {@code application} (with its in-memory adapters) on the class path.
 */
class EmbeddingTest {

    @Test
    void nothingButTheCoreAndTestLibrariesIsOnTheClassPath() {
        List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));

        assertThat(entries).noneMatch(entry -> entry.matches(".*(dropwizard|jersey|jdbi|jackson|jetty|flyway|h2|postgresql).*"));
    }

    @Test
    void anEmbeddingServiceCreatesAudiencesAndReceivesEveryRefusal() {
        InMemoryAudiences store = InMemoryAudiences.create();
        SecureRandomIdSource ids = new SecureRandomIdSource();
        AccountGroupService groups = new AccountGroupService(store.accountGroups(), ids);
        CreateAudience createAudience = new CreateAudienceService(store.audiences(), ids, Clock.systemUTC(), PlanCatalog.defaults());
        AccountGroup group = groups.create(new CreateAccountGroupCommand("Embedded Co", Plan.TESTER, false));
        String id = group.id().value();

        Audience created = createAudience.create(CreateAudienceCommand.of(id, "First", "from a plain JVM", "on_demand"));
        assertThat(created.name().value()).isEqualTo("First");

        List<String> codes = new ArrayList<>();
        codes.add(refusalCode(() -> CreateAudienceCommand.of(id, "", null, "on_demand")));
        codes.add(refusalCode(() -> createAudience.create(CreateAudienceCommand.of(id, "Watch", null, "monitoring"))));
        groups.update(new UpdateAccountGroupCommand(group.id(), Optional.of(Plan.STARTER), Optional.empty()));
        codes.add(refusalCode(() -> createAudience.create(CreateAudienceCommand.of(id, "Watch", null, "monitoring"))));
        groups.update(new UpdateAccountGroupCommand(group.id(), Optional.empty(), Optional.of(true)));
        createAudience.create(CreateAudienceCommand.of(id, "Watch 1", null, "monitoring"));
        createAudience.create(CreateAudienceCommand.of(id, "Watch 2", null, "monitoring"));
        codes.add(refusalCode(() -> createAudience.create(CreateAudienceCommand.of(id, "Watch 3", null, "monitoring"))));
        codes.add(refusalCode(() -> createAudience.create(CreateAudienceCommand.of(id, "FIRST", null, "on_demand"))));
        groups.update(new UpdateAccountGroupCommand(group.id(), Optional.of(Plan.TESTER), Optional.empty()));
        createAudience.create(CreateAudienceCommand.of(id, "Fourth", null, "on_demand"));
        createAudience.create(CreateAudienceCommand.of(id, "Fifth", null, "on_demand"));
        codes.add(refusalCode(() -> createAudience.create(CreateAudienceCommand.of(id, "Sixth", null, "on_demand"))));

        assertThat(codes).containsExactly("VALIDATION_ERROR", "MONITORING_NOT_AVAILABLE", "LINKEDIN_ACCOUNT_REQUIRED",
                "MONITORING_LIMIT_REACHED", "AUDIENCE_NAME_TAKEN", "AUDIENCE_LIMIT_REACHED");
        assertThatThrownBy(() -> createAudience.create(CreateAudienceCommand.of(id, "Sixth", null, "on_demand")))
                .isInstanceOf(CreationRefusedException.class);
        assertThatThrownBy(() -> CreateAudienceCommand.of(id, null, null, null)).isInstanceOf(InvalidInputException.class);
    }

    private static String refusalCode(Runnable action) {
        try {
            action.run();
            return "ACCEPTED";
        } catch (DomainRefusal refusal) {
            return refusal.code();
        }
    }
}

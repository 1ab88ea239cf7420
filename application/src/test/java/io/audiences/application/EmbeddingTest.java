package io.audiences.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.audiences.domain.audience.AudienceType.MONITORING;
import static io.audiences.domain.audience.AudienceType.ON_DEMAND;

import io.audiences.application.command.CreateAccountGroupCommand;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.command.UpdateAccountGroupCommand;
import io.audiences.application.port.in.CreateAudience;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.RuleRefusal;
import io.audiences.domain.DomainRefusal;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.plan.Plan;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A plain Java caller, as a service embedding the library would be: only {@code domain} and
 * {@code application} (with its in-memory adapters) on the class path.
 */
class EmbeddingTest {

    @Test
    void nothingButTheCoreAndTestLibrariesIsOnTheClassPath() {
        // The entries' own names (a jar's), not their directories: a checkout may live anywhere, /tmp/tmp.x7h2Q included.
        List<String> names = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).getFileName().toString()).toList();

        assertThat(names).isNotEmpty().noneMatch(name -> name.matches(".*(dropwizard|jersey|jdbi|jackson|jetty|flyway|h2|postgresql).*"));
    }

    @Test
    void anEmbeddingServiceCreatesAudiencesAndReceivesEveryRefusal() {
        UseCases audiences = UseCases.inMemory();
        AccountGroup group = audiences.createAccountGroup().create(new CreateAccountGroupCommand("Embedded Co", Plan.TESTER, false));
        AccountGroupId id = group.id();
        CreateAudience create = audiences.createAudience();

        Audience created = create.create(CreateAudienceCommand.of(id, ON_DEMAND, "First").describedAs("from a plain JVM"));
        assertThat(created.name().value()).isEqualTo("First");

        List<String> codes = new ArrayList<>();
        codes.add(refusalCode(() -> CreateAudienceCommand.of(id, ON_DEMAND, "")));
        codes.add(refusalCode(() -> create.create(CreateAudienceCommand.of(id, MONITORING, "Watch"))));
        audiences.updateAccountGroup().update(new UpdateAccountGroupCommand(id, Optional.of(Plan.STARTER), Optional.empty()));
        codes.add(refusalCode(() -> create.create(CreateAudienceCommand.of(id, MONITORING, "Watch"))));
        audiences.updateAccountGroup().update(new UpdateAccountGroupCommand(id, Optional.empty(), Optional.of(true)));
        create.create(CreateAudienceCommand.of(id, MONITORING, "Watch 1"));
        create.create(CreateAudienceCommand.of(id, MONITORING, "Watch 2"));
        codes.add(refusalCode(() -> create.create(CreateAudienceCommand.of(id, MONITORING, "Watch 3"))));
        codes.add(refusalCode(() -> create.create(CreateAudienceCommand.of(id, ON_DEMAND, "FIRST"))));
        audiences.updateAccountGroup().update(new UpdateAccountGroupCommand(id, Optional.of(Plan.TESTER), Optional.empty()));
        create.create(CreateAudienceCommand.of(id, ON_DEMAND, "Fourth"));
        create.create(CreateAudienceCommand.of(id, ON_DEMAND, "Fifth"));
        codes.add(refusalCode(() -> create.create(CreateAudienceCommand.of(id, ON_DEMAND, "Sixth"))));

        assertThat(codes).containsExactly("VALIDATION_ERROR", "MONITORING_NOT_AVAILABLE", "LINKEDIN_ACCOUNT_REQUIRED",
                "MONITORING_LIMIT_REACHED", "AUDIENCE_NAME_TAKEN", "AUDIENCE_LIMIT_REACHED");
        assertThatThrownBy(() -> create.create(CreateAudienceCommand.of(id, ON_DEMAND, "Sixth")))
                .isInstanceOf(RuleRefusal.class);
        assertThatThrownBy(() -> CreateAudienceCommand.of(id, ON_DEMAND, null)).isInstanceOf(InvalidInputException.class);
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

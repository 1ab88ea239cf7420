package io.audiences.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.UseCases;
import io.audiences.application.command.CreateAccountGroupCommand;
import io.audiences.application.command.IssueApiKeyCommand;
import io.audiences.application.command.IssuedApiKey;
import io.audiences.application.command.UpdateAccountGroupCommand;
import io.audiences.application.contract.SeededIdSource;
import io.audiences.application.memory.InMemoryAudiencesStorage;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The operators' use cases: account groups and API keys. */
class OperatorUseCasesTest {

    private final InMemoryAudiencesStorage store = InMemoryAudiencesStorage.create();
    private final SeededIdSource ids = new SeededIdSource(11);
    private final UseCases audiences = UseCases.over(store, Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC), ids, PlanCatalog.defaults());

    @Test
    void anIssuedKeyAuthenticatesUntilItIsRevoked() {
        AccountGroup group = audiences.createAccountGroup().create(new CreateAccountGroupCommand("Acme", Plan.STARTER, false));
        IssuedApiKey issued = audiences.issueApiKey().issue(new IssueApiKeyCommand(Set.of(group.id()), Set.of(Permission.AUDIENCES_WRITE), "ci"));

        assertThat(issued.secret().reveal()).matches("sk_live_[A-Za-z0-9_-]{43}");
        assertThat(audiences.authenticateApiKey().authenticate(issued.secret().reveal())).contains(issued.key());

        audiences.revokeApiKey().revoke(issued.key().id());

        assertThat(audiences.authenticateApiKey().authenticate(issued.secret().reveal())).isEmpty();
    }

    @Test
    void unknownEmptyAndMissingSecretsAuthenticateNothing() {
        assertThat(audiences.authenticateApiKey().authenticate("sk_live_" + "a".repeat(43))).isEmpty();
        assertThat(audiences.authenticateApiKey().authenticate("")).isEmpty();
        assertThat(audiences.authenticateApiKey().authenticate(null)).isEqualTo(Optional.empty());
    }

    @Test
    void aKeyForAnUnknownGroupIsRefused() {
        assertThatThrownBy(() -> audiences.issueApiKey().issue(new IssueApiKeyCommand(Set.of(new AccountGroupId("0123456789abcdef01234567")),
                Set.of(Permission.AUDIENCES_WRITE), null))).isInstanceOf(UnknownIdException.class);
    }

    @Test
    void updatingAGroupChangesOnlyWhatIsGiven() {
        AccountGroup group = audiences.createAccountGroup().create(new CreateAccountGroupCommand("Acme", Plan.TESTER, false));

        AccountGroup upgraded = audiences.updateAccountGroup().update(new UpdateAccountGroupCommand(group.id(), Optional.of(Plan.SCALE), Optional.empty()));
        AccountGroup connected = audiences.updateAccountGroup().update(new UpdateAccountGroupCommand(group.id(), Optional.empty(), Optional.of(true)));

        assertThat(upgraded).isEqualTo(new AccountGroup(group.id(), "Acme", Plan.SCALE, false));
        assertThat(connected).isEqualTo(new AccountGroup(group.id(), "Acme", Plan.SCALE, true));
        assertThat(store.accountGroups().find(group.id())).contains(connected);
        assertThatThrownBy(() -> audiences.updateAccountGroup().update(new UpdateAccountGroupCommand(new AccountGroupId("0123456789abcdef01234567"),
                Optional.of(Plan.SCALE), Optional.empty()))).isInstanceOf(UnknownIdException.class);
    }
}

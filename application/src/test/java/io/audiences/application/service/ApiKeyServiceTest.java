package io.audiences.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.command.CreateAccountGroupCommand;
import io.audiences.application.command.IssueApiKeyCommand;
import io.audiences.application.command.IssuedApiKey;
import io.audiences.application.command.UpdateAccountGroupCommand;
import io.audiences.application.contract.SeededIdSource;
import io.audiences.application.memory.InMemoryAudiences;
import io.audiences.domain.AccountGroup;
import io.audiences.domain.AccountGroupId;
import io.audiences.domain.NotFoundException;
import io.audiences.domain.Permission;
import io.audiences.domain.Plan;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {

    private final InMemoryAudiences store = InMemoryAudiences.create();
    private final SeededIdSource ids = new SeededIdSource(11);
    private final AccountGroupService groups = new AccountGroupService(store.accountGroups(), ids);
    private final ApiKeyService keys = new ApiKeyService(store.apiKeys(), ids,
            Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void anIssuedKeyAuthenticatesUntilItIsRevoked() {
        AccountGroup group = groups.create(new CreateAccountGroupCommand("Acme", Plan.STARTER, false));
        IssuedApiKey issued = keys.issue(new IssueApiKeyCommand(Set.of(group.id()), Set.of(Permission.AUDIENCES_WRITE), "ci"));

        assertThat(issued.secret().reveal()).matches("sk_live_[A-Za-z0-9_-]{43}");
        assertThat(keys.authenticate(issued.secret().reveal())).contains(issued.key());

        keys.revoke(issued.key().id());

        assertThat(keys.authenticate(issued.secret().reveal())).isEmpty();
    }

    @Test
    void unknownEmptyAndMissingSecretsAuthenticateNothing() {
        assertThat(keys.authenticate("sk_live_" + "a".repeat(43))).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
        assertThat(keys.authenticate(null)).isEqualTo(Optional.empty());
    }

    @Test
    void aKeyForAnUnknownGroupIsRefused() {
        assertThatThrownBy(() -> keys.issue(new IssueApiKeyCommand(Set.of(new AccountGroupId("0123456789abcdef01234567")),
                Set.of(Permission.AUDIENCES_WRITE), null))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void updatingAGroupChangesOnlyWhatIsGiven() {
        AccountGroup group = groups.create(new CreateAccountGroupCommand("Acme", Plan.TESTER, false));

        AccountGroup upgraded = groups.update(new UpdateAccountGroupCommand(group.id(), Optional.of(Plan.SCALE), Optional.empty()));
        AccountGroup connected = groups.update(new UpdateAccountGroupCommand(group.id(), Optional.empty(), Optional.of(true)));

        assertThat(upgraded).isEqualTo(new AccountGroup(group.id(), "Acme", Plan.SCALE, false));
        assertThat(connected).isEqualTo(new AccountGroup(group.id(), "Acme", Plan.SCALE, true));
        assertThat(store.accountGroups().find(group.id())).contains(connected);
        assertThatThrownBy(() -> groups.update(new UpdateAccountGroupCommand(new AccountGroupId("0123456789abcdef01234567"),
                Optional.of(Plan.SCALE), Optional.empty()))).isInstanceOf(NotFoundException.class);
    }
}

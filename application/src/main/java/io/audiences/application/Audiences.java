package io.audiences.application;

import io.audiences.application.memory.InMemoryAudiences;
import io.audiences.application.port.in.AuthenticateApiKey;
import io.audiences.application.port.in.CreateAccountGroup;
import io.audiences.application.port.in.CreateAudience;
import io.audiences.application.port.in.GetAudience;
import io.audiences.application.port.in.IssueApiKey;
import io.audiences.application.port.in.ListAccountGroups;
import io.audiences.application.port.in.ListAudiences;
import io.audiences.application.port.in.RevokeApiKey;
import io.audiences.application.port.in.UpdateAccountGroup;
import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.application.port.out.IdSource;
import io.audiences.application.service.AuthenticateApiKeyService;
import io.audiences.application.service.CreateAccountGroupService;
import io.audiences.application.service.CreateAudienceService;
import io.audiences.application.service.GetAudienceService;
import io.audiences.application.service.IssueApiKeyService;
import io.audiences.application.service.ListAccountGroupsService;
import io.audiences.application.service.ListAudiencesService;
import io.audiences.application.service.RevokeApiKeyService;
import io.audiences.application.service.UpdateAccountGroupService;
import io.audiences.domain.plan.PlanCatalog;
import java.time.Clock;
import java.util.Objects;

/**
 * The library's entry point: every use case, wired over storage, a clock, an id source and the
 * plans. {@link #inMemory()} needs nothing else; {@link #over} takes storage of your own (the
 * service passes its JDBI database).
 */
public record Audiences(
        CreateAccountGroup createAccountGroup,
        UpdateAccountGroup updateAccountGroup,
        ListAccountGroups listAccountGroups,
        IssueApiKey issueApiKey,
        RevokeApiKey revokeApiKey,
        AuthenticateApiKey authenticateApiKey,
        CreateAudience createAudience,
        ListAudiences listAudiences,
        GetAudience getAudience) {

    public Audiences {
        Objects.requireNonNull(createAccountGroup, "createAccountGroup");
        Objects.requireNonNull(updateAccountGroup, "updateAccountGroup");
        Objects.requireNonNull(listAccountGroups, "listAccountGroups");
        Objects.requireNonNull(issueApiKey, "issueApiKey");
        Objects.requireNonNull(revokeApiKey, "revokeApiKey");
        Objects.requireNonNull(authenticateApiKey, "authenticateApiKey");
        Objects.requireNonNull(createAudience, "createAudience");
        Objects.requireNonNull(listAudiences, "listAudiences");
        Objects.requireNonNull(getAudience, "getAudience");
    }

    /** Over in-memory storage, with the system clock, secure random ids and the contract's default plans. */
    public static Audiences inMemory() {
        InMemoryAudiences storage = InMemoryAudiences.create();
        return over(storage.accountGroups(), storage.audiences(), storage.apiKeys(), Clock.systemUTC(),
                new SecureRandomIdSource(), PlanCatalog.defaults());
    }

    /** Over the given storage (one consistent set of repositories), clock, ids and plans. */
    public static Audiences over(AccountGroupRepository accountGroups, AudienceRepository audiences, ApiKeyRepository apiKeys,
            Clock clock, IdSource ids, PlanCatalog plans) {
        return new Audiences(
                new CreateAccountGroupService(accountGroups, ids),
                new UpdateAccountGroupService(accountGroups),
                new ListAccountGroupsService(accountGroups),
                new IssueApiKeyService(apiKeys, ids, clock),
                new RevokeApiKeyService(apiKeys, clock),
                new AuthenticateApiKeyService(apiKeys),
                new CreateAudienceService(audiences, ids, clock, plans),
                new ListAudiencesService(audiences),
                new GetAudienceService(audiences));
    }
}

package io.audiences.application.memory;

import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.application.port.out.AudienceRepository;

/** One consistent set of in-memory repositories, for tests and for services that embed the library. */
public record InMemoryAudiences(
        AccountGroupRepository accountGroups, AudienceRepository audiences, ApiKeyRepository apiKeys) {

    public static InMemoryAudiences create() {
        InMemoryAccountGroupRepository groups = new InMemoryAccountGroupRepository();
        return new InMemoryAudiences(groups, new InMemoryAudienceRepository(groups), new InMemoryApiKeyRepository(groups));
    }
}

package io.audiences.application.memory;

import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.application.port.out.FolderRepository;

/** One consistent set of in-memory repositories, for tests and for services that embed the library. */
public record InMemoryAudiences(
        AccountGroupRepository accountGroups, AudienceRepository audiences, FolderRepository folders, ApiKeyRepository apiKeys) {

    public static InMemoryAudiences create() {
        InMemoryAccountGroupRepository groups = new InMemoryAccountGroupRepository();
        InMemoryAudienceRepository audiences = new InMemoryAudienceRepository(groups);
        return new InMemoryAudiences(groups, audiences, new InMemoryFolderRepository(groups, audiences),
                new InMemoryApiKeyRepository(groups));
    }
}

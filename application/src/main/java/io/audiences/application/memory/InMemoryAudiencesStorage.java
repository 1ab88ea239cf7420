package io.audiences.application.memory;

import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.application.port.out.AudiencesStorage;
import io.audiences.application.port.out.FolderRepository;
import io.audiences.application.port.out.IdempotencyStore;
import io.audiences.application.port.out.ImportQueue;
import io.audiences.application.port.out.ImportRepository;
import io.audiences.application.port.out.ProspectRepository;

/** One consistent set of in-memory repositories, for tests and for services that embed the library. */
public record InMemoryAudiencesStorage(
        AccountGroupRepository accountGroups, AudienceRepository audiences, FolderRepository folders,
        ProspectRepository prospects, ImportRepository imports, ImportQueue importQueue, ApiKeyRepository apiKeys,
        IdempotencyStore idempotency) implements AudiencesStorage {

    public static InMemoryAudiencesStorage create() {
        InMemoryAccountGroupRepository groups = new InMemoryAccountGroupRepository();
        InMemoryIdempotencyStore idempotency = new InMemoryIdempotencyStore();
        InMemoryAudienceRepository audiences = new InMemoryAudienceRepository(groups);
        return new InMemoryAudiencesStorage(groups, audiences, new InMemoryFolderRepository(audiences),
                new InMemoryProspectRepository(audiences), new InMemoryImportRepository(audiences), new InMemoryImportQueue(),
                new InMemoryApiKeyRepository(groups), idempotency);
    }

    /** Memory always answers. */
    @Override
    public void ping() {
    }
}

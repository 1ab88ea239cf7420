package io.audiences.application.memory;

import io.audiences.application.contract.ManualImportQueue;
import io.audiences.application.contract.Storage;
import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.application.port.out.FolderRepository;
import io.audiences.application.port.out.IdempotencyStore;
import io.audiences.application.port.out.ImportRepository;
import io.audiences.application.port.out.ProspectRepository;

/** The in-memory adapters as a {@link Storage} for the contract suites. */
record InMemoryStorage(InMemoryAudiencesStorage store, ManualImportQueue importQueue) implements Storage {

    static Storage create() {
        return new InMemoryStorage(InMemoryAudiencesStorage.create(), new ManualImportQueue());
    }

    @Override
    public ImportRepository imports() {
        return store.imports();
    }

    @Override
    public AccountGroupRepository accountGroups() {
        return store.accountGroups();
    }

    @Override
    public AudienceRepository audiences() {
        return store.audiences();
    }

    @Override
    public FolderRepository folders() {
        return store.folders();
    }

    @Override
    public ProspectRepository prospects() {
        return store.prospects();
    }

    @Override
    public ApiKeyRepository apiKeys() {
        return store.apiKeys();
    }

    @Override
    public IdempotencyStore idempotency() {
        return store.idempotency();
    }

    @Override
    public void ping() {
        store.ping();
    }
}

package io.audiences.application.memory;

import io.audiences.application.contract.ApiKeyRepositoryContract;
import io.audiences.application.contract.Storage;

class InMemoryApiKeyRepositoryTest extends ApiKeyRepositoryContract {

    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}

package io.audiences.application.memory;

import io.audiences.application.contract.AccountGroupRepositoryContract;
import io.audiences.application.contract.Storage;

class InMemoryAccountGroupRepositoryTest extends AccountGroupRepositoryContract {

    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}

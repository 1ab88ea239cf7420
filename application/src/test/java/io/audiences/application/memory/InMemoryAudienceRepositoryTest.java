package io.audiences.application.memory;

import io.audiences.application.contract.AudienceRepositoryContract;
import io.audiences.application.contract.Storage;

class InMemoryAudienceRepositoryTest extends AudienceRepositoryContract {

    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}

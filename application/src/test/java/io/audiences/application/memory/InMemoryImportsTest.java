package io.audiences.application.memory;

import io.audiences.application.contract.ImportsContract;
import io.audiences.application.contract.Storage;

class InMemoryImportsTest extends ImportsContract {

    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}

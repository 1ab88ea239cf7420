package io.audiences.application.memory;

import io.audiences.application.contract.ProspectsContract;
import io.audiences.application.contract.Storage;

class InMemoryProspectsTest extends ProspectsContract {

    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}

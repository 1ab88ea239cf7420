package io.audiences.application.memory;

import io.audiences.application.contract.LifecycleContract;
import io.audiences.application.contract.Storage;

class InMemoryLifecycleTest extends LifecycleContract {

    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}

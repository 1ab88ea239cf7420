package io.audiences.application.memory;

import io.audiences.application.contract.IdempotencyContract;
import io.audiences.application.contract.Storage;

class InMemoryIdempotencyTest extends IdempotencyContract {

    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}

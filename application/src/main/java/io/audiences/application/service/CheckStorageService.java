package io.audiences.application.service;

import io.audiences.application.port.in.CheckStorage;
import io.audiences.application.port.out.AudiencesStorage;

public final class CheckStorageService implements CheckStorage {

    private final AudiencesStorage storage;

    public CheckStorageService(AudiencesStorage storage) {
        this.storage = storage;
    }

    @Override
    public void check() {
        storage.ping();
    }
}

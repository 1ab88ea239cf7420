package io.audiences.application.service;

import io.audiences.application.port.in.ListApiKeys;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.domain.apikey.ApiKey;
import java.util.List;

/** The issued keys, as stored. */
public final class ListApiKeysService implements ListApiKeys {

    private final ApiKeyRepository keys;

    public ListApiKeysService(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public List<ApiKey> all() {
        return keys.listAll();
    }
}

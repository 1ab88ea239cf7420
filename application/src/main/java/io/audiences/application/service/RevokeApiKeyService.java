package io.audiences.application.service;

import io.audiences.application.port.in.RevokeApiKey;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.ApiKeyId;
import java.time.Clock;

/** Revokes API keys, from the clock's now on. */
public final class RevokeApiKeyService implements RevokeApiKey {

    private final ApiKeyRepository keys;
    private final Clock clock;

    public RevokeApiKeyService(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public ApiKey revoke(ApiKeyId id) {
        return keys.revoke(id, clock.instant());
    }
}

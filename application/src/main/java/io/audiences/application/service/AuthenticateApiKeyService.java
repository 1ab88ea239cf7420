package io.audiences.application.service;

import io.audiences.application.port.in.AuthenticateApiKey;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.ApiKeyHash;
import io.audiences.domain.apikey.ApiKeySecret;
import java.util.Optional;

/** Finds the active key for a presented secret: looked up by hash, compared in constant time. */
public final class AuthenticateApiKeyService implements AuthenticateApiKey {

    private final ApiKeyRepository keys;

    public AuthenticateApiKeyService(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public Optional<ApiKey> authenticate(String presentedSecret) {
        if (presentedSecret == null || presentedSecret.isEmpty()) {
            return Optional.empty();
        }
        ApiKeyHash hash = ApiKeySecret.presented(presentedSecret).hash();
        return keys.findByHash(hash).filter(key -> key.hash().matches(hash)).filter(ApiKey::isActive);
    }
}

package io.audiences.application.command;

import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.ApiKeySecret;
import java.util.Objects;

/** A newly issued key, with its secret: the only time the secret is available. */
public record IssuedApiKey(ApiKey key, ApiKeySecret secret) {

    public IssuedApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }
}

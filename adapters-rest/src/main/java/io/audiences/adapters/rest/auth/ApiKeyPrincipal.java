package io.audiences.adapters.rest.auth;

import io.audiences.domain.apikey.ApiKey;
import java.security.Principal;

/** The authenticated caller: the API key it presented. Its name is the key's id, never the secret. */
public record ApiKeyPrincipal(ApiKey key) implements Principal {

    @Override
    public String getName() {
        return key.id().value();
    }
}

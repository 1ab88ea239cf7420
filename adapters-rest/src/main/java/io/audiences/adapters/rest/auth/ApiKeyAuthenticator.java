package io.audiences.adapters.rest.auth;

import io.audiences.application.port.in.AuthenticateApiKey;
import io.dropwizard.auth.Authenticator;
import java.util.Optional;

/** Bearer secrets to principals, through the application's {@link AuthenticateApiKey} use case. */
public final class ApiKeyAuthenticator implements Authenticator<String, ApiKeyPrincipal> {

    private final AuthenticateApiKey authenticate;

    public ApiKeyAuthenticator(AuthenticateApiKey authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public Optional<ApiKeyPrincipal> authenticate(String secret) {
        return authenticate.authenticate(secret).map(ApiKeyPrincipal::new);
    }
}

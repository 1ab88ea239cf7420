package io.audiences.adapters.rest;

import io.audiences.application.port.in.AuthenticateApiKey;
import io.audiences.application.port.in.CreateAudience;
import java.util.Objects;

/** The application's inbound ports that the endpoint drives. */
public record AudiencesUseCases(CreateAudience createAudience, AuthenticateApiKey authenticateApiKey) {

    public AudiencesUseCases {
        Objects.requireNonNull(createAudience, "createAudience");
        Objects.requireNonNull(authenticateApiKey, "authenticateApiKey");
    }
}

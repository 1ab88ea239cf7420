package io.audiences.adapters.rest;

import io.audiences.application.port.in.AuthenticateApiKey;
import io.audiences.application.port.in.CreateAudience;
import io.audiences.application.port.in.GetAudience;
import io.audiences.application.port.in.ListAccountGroups;
import io.audiences.application.port.in.ListAudiences;
import java.util.Objects;

/** The application's inbound ports that the endpoints drive. */
public record AudiencesUseCases(
        AuthenticateApiKey authenticateApiKey,
        CreateAudience createAudience,
        ListAudiences listAudiences,
        GetAudience getAudience,
        ListAccountGroups listAccountGroups) {

    public AudiencesUseCases {
        Objects.requireNonNull(authenticateApiKey, "authenticateApiKey");
        Objects.requireNonNull(createAudience, "createAudience");
        Objects.requireNonNull(listAudiences, "listAudiences");
        Objects.requireNonNull(getAudience, "getAudience");
        Objects.requireNonNull(listAccountGroups, "listAccountGroups");
    }
}

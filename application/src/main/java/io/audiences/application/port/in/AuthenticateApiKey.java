package io.audiences.application.port.in;

import io.audiences.domain.apikey.ApiKey;
import java.util.Optional;

/** Finds the active key whose secret a caller presented. */
public interface AuthenticateApiKey {

    /** The active key for {@code presentedSecret}; empty for an unknown or revoked key. */
    Optional<ApiKey> authenticate(String presentedSecret);
}

package io.audiences.application.port.in;

import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.ApiKeyId;

/** Revokes an API key; it is refused from the next request on. */
public interface RevokeApiKey {

    /** @throws io.audiences.domain.UnknownIdException when no key has this id */
    ApiKey revoke(ApiKeyId id);
}

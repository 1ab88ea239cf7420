package io.audiences.adapters.rest.error;

import io.dropwizard.auth.UnauthorizedHandler;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The authentication filter's 401, in the envelope, with {@code WWW-Authenticate: Bearer}. */
public final class EnvelopeUnauthorizedHandler implements UnauthorizedHandler {

    @Override
    public Response buildResponse(String prefix, String realm) {
        return ErrorResponses.of(ErrorCode.INVALID_API_KEY, null, Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }
}

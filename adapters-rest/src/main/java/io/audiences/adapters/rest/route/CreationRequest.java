package io.audiences.adapters.rest.route;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/**
 * What a creation route reads of its request besides the caller and the body (a {@code @BeanParam}
 * that Jersey fills): the account group in the path, the media type, every {@code Idempotency-Key}
 * header sent.
 */
public final class CreationRequest {

    @PathParam("accountGroupId")
    String accountGroupId;

    @HeaderParam(HttpHeaders.CONTENT_TYPE)
    String contentType;

    @HeaderParam(RequestBodies.IDEMPOTENCY_KEY_HEADER)
    List<String> idempotencyKeys;
}

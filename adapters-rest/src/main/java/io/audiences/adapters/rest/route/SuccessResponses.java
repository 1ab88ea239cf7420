package io.audiences.adapters.rest.route;

import io.audiences.adapters.rest.error.Envelope;
import io.audiences.adapters.rest.trace.TraceIds;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Successful responses, in the envelope. */
public final class SuccessResponses {

    private SuccessResponses() {
    }

    public static Response.ResponseBuilder of(Response.Status status, Object data) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Envelope.ok(data, TraceIds.current()));
    }

    public static Response ok(Object data) {
        return of(Response.Status.OK, data).build();
    }
}

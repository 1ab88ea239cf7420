package io.audiences.adapters.rest.error;

import io.audiences.adapters.rest.trace.TraceIds;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The one place that builds an error response. Its trace id is the request's; the
 * {@code X-Trace-Id} header itself is set for every response by the trace filter.
 */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(ErrorCode code, String details) {
        return of(code, details, Map.of());
    }

    public static Response of(ErrorCode code, String details, Map<String, String> headers) {
        return of(code.status(), code, details, headers);
    }

    /** With a status of its own: one the HTTP stack chose, which the table may not know. */
    public static Response of(int status, ErrorCode code, String details, Map<String, String> headers) {
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Envelope.failure(code, details, TraceIds.current()));
        headers.forEach(response::header);
        return response.build();
    }
}

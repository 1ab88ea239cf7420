package io.audiences.adapters.rest.error;

import io.audiences.domain.DomainRefusal;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every exception that reaches Jersey to the envelope, once and in one place: our own
 * refusals, the domain's, Jersey's (404, 405, …), and anything unexpected (500, cause logged with
 * the trace id, never returned).
 */
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof ApiException api) {
            return ErrorResponses.of(api.code(), api.details(), api.headers());
        }
        if (exception instanceof DomainRefusal refusal) {
            return toResponse(refusal);
        }
        if (exception instanceof WebApplicationException web) {
            return toResponse(web);
        }
        LOG.error("Unexpected failure while serving the request", exception);
        return ErrorResponses.of(ErrorCode.INTERNAL_ERROR, null);
    }

    /**
     * Its code's status; a not-found says no more (whether something exists may be the secret); an
     * audience being filled by an import says when to try again.
     */
    private static Response toResponse(DomainRefusal refusal) {
        ErrorCode code = ErrorCode.of(refusal);
        if (code == ErrorCode.AUDIENCE_NOT_READY) {
            return ErrorResponses.of(code, refusal.details(), Map.of(HttpHeaders.RETRY_AFTER, RETRY_AFTER_IMPORT));
        }
        return ErrorResponses.of(code, code == ErrorCode.NOT_FOUND ? null : refusal.details());
    }

    /** Seconds a client waits before it asks an audience being filled again: an import takes seconds. */
    static final String RETRY_AFTER_IMPORT = "5";

    /** Jersey's own refusals keep their status, whether or not the table knows it. */
    private static Response toResponse(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        ErrorCode code = ErrorCode.forStatus(status);
        if (status >= 500) {
            LOG.error("Unexpected failure while serving the request", web);
        }
        String allow = web.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return ErrorResponses.of(status, code, null, allow == null ? Map.of() : Map.of(HttpHeaders.ALLOW, allow));
    }
}

package io.audiences.adapters.rest.error;

import io.audiences.adapters.rest.trace.TraceIds;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;

/**
 * Jersey answers {@code OPTIONS} on its own with a plain-text list of methods. No route here has an
 * {@code OPTIONS} operation, so the answer becomes the envelope's 405, keeping Jersey's {@code Allow}.
 */
public final class OptionsFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && response.getStatus() < 300) {
            ErrorCode code = ErrorCode.METHOD_NOT_ALLOWED;
            response.setStatus(code.status());
            // Jersey's answer to some OPTIONS (Accept: text/html, say) declares an empty body.
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            response.setEntity(Envelope.failure(code, null, TraceIds.current()), new Annotation[0],
                    MediaType.APPLICATION_JSON_TYPE);
        }
    }
}

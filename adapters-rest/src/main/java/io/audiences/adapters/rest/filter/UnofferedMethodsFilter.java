package io.audiences.adapters.rest.filter;

import io.audiences.adapters.rest.error.Envelope;
import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.adapters.rest.trace.TraceIds;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * {@code HEAD} and {@code OPTIONS}, which Jersey would answer on its own for every route, are not
 * offered (the OpenAPI document says so): once the route is known to exist, and before the API key
 * is looked at (the contract's order), they are the envelope's 405. No {@code Allow} header names
 * them, Jersey's own 405s included. Register {@link Arrival} with it.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class UnofferedMethodsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Set<String> UNOFFERED = Set.of(HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String UNOFFERED_METHOD = UnofferedMethodsFilter.class.getName() + ".method";

    /**
     * Notes an unoffered method as it came, before matching: Jersey then runs a {@code HEAD} as the
     * route's {@code GET}, and says so. (Read once here rather than through an injected
     * {@code HttpServletRequest}, whose proxy cost every request about 3 % of its CPU.)
     */
    @PreMatching
    public static final class Arrival implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            if (UNOFFERED.contains(request.getMethod())) {
                request.setProperty(UNOFFERED_METHOD, request.getMethod());
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(UNOFFERED_METHOD) == null) {
            return;
        }
        ResourceMethod matched = ((ExtendedUriInfo) request.getUriInfo()).getMatchedResourceMethod();
        Resource resource = matched == null ? null : matched.getParent();
        Set<String> allowed = new TreeSet<>();
        if (resource != null) {
            resource.getResourceMethods().forEach(method -> allowed.add(method.getHttpMethod()));
        }
        allowed.removeAll(UNOFFERED);
        ErrorCode code = ErrorCode.METHOD_NOT_ALLOWED;
        request.abortWith(Response.status(code.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ALLOW, String.join(", ", allowed))
                .entity(Envelope.failure(code, null, TraceIds.current())).build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String allow = response.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.getHeaders().putSingle(HttpHeaders.ALLOW, Arrays.stream(allow.split(","))
                    .map(String::trim).filter(method -> !method.isEmpty() && !UNOFFERED.contains(method))
                    .collect(Collectors.joining(", ")));
        }
        if (request.getProperty(UNOFFERED_METHOD) != null) {
            // Jersey's own answer to some OPTIONS (Accept: text/html, say) declares an empty body.
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        }
    }
}

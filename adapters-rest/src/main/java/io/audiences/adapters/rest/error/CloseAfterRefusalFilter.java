package io.audiences.adapters.rest.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Closes the connection after a refused request that carried a body. Most refusals (401, 403, 429,
 * 415, …) are decided before the body is read; if the rest of it has not arrived when the response
 * is done, Jetty cannot reuse the connection and drops it silently, and a client that reuses it
 * fails its next request. Saying {@code Connection: close} makes the client open a fresh one.
 */
public final class CloseAfterRefusalFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && carriesABody(request)) {
            response.getHeaders().putSingle("Connection", "close");
        }
    }

    /** From the headers alone: peeking at the stream could block on a slow client, or fail on a broken one. */
    private static boolean carriesABody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }
}

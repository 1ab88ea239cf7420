package io.audiences.adapters.rest.filter;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Closes the connection after a refused request whose body was not read to its end. Most
 * refusals (401, 403, 429, 415, …) are decided before the body is read; if the rest of it has not
 * arrived when the response is done, Jetty cannot reuse the connection and drops it silently, and
 * a client that reuses it fails its next request. Saying {@code Connection: close} makes the client
 * open a fresh one. A refusal after the whole body was read (a 400 or a 422, say) keeps the
 * connection: a new one costs the client a TCP (and TLS) handshake.
 */
@PreMatching
@Priority(0)
public final class CloseAfterRefusalFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (carriesABody(request)) {
            request.setEntityStream(new EndAwareStream(request.getEntityStream()));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && carriesABody(request)
                && !(request.getEntityStream() instanceof EndAwareStream body && body.reachedEnd)) {
            response.getHeaders().putSingle("Connection", "close");
        }
    }

    /** From the headers alone: peeking at the stream could block on a slow client, or fail on a broken one. */
    private static boolean carriesABody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    /** The body, remembering whether a read found its end. */
    private static final class EndAwareStream extends FilterInputStream {

        private boolean reachedEnd;

        EndAwareStream(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            return ended(super.read());
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return ended(in.read(buffer, offset, length));
        }

        private int ended(int read) {
            reachedEnd |= read < 0;
            return read;
        }
    }
}

package io.audiences.adapters.rest.error;

import io.audiences.adapters.rest.trace.TraceIds;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a body that announces more than the limit in {@code Content-Length} before anything else
 * runs, without reading it. Bodies of unannounced length are cut off where they are read.
 */
public final class BodyLimitFilter implements Filter {

    private static final long DISCARD_AT_MOST = 1024 * 1024;

    private final long maxBytes;
    private final EnvelopeWriter envelopes;

    public BodyLimitFilter(long maxBytes, EnvelopeWriter envelopes) {
        this.maxBytes = maxBytes;
        this.envelopes = envelopes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > maxBytes) {
            discardWhatHasArrived(request.getInputStream());
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(ErrorCode.PAYLOAD_TOO_LARGE.status());
            http.setContentType("application/json");
            http.setHeader("Connection", "close");
            http.getOutputStream().write(envelopes.failure(ErrorCode.PAYLOAD_TOO_LARGE,
                    "the body may be at most " + maxBytes + " bytes", TraceIds.current()));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Closing a connection with unread bytes in it makes TCP reset it, and a client still sending
     * may then lose the 413 it was sent. Discarding (never keeping) what has already arrived, and
     * no more than that, makes the answer arrive without waiting for the rest of the body.
     */
    private static void discardWhatHasArrived(InputStream body) throws IOException {
        byte[] buffer = new byte[8192];
        for (long discarded = 0; discarded < DISCARD_AT_MOST && body.available() > 0; ) {
            int read = body.read(buffer, 0, Math.min(buffer.length, body.available()));
            if (read < 0) {
                return;
            }
            discarded += read;
        }
    }
}

package io.audiences.adapters.rest.error;

import io.audiences.adapters.rest.trace.TraceIds;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a body that announces more than the limit in {@code Content-Length} before anything else
 * runs, without reading it. Bodies of unannounced length are cut off where they are read.
 */
public final class BodyLimitFilter implements Filter {

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
}

package io.audiences.adapters.rest.trace;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * Gives every request a trace id: in the MDC while it is served, and in the {@code X-Trace-Id}
 * header; keeps the caller's own id for it ({@link CallerIds}) in the MDC beside it; sets the headers every API response carries ({@link ResponseHeaders#ALWAYS}); and notes
 * the {@link ClientAddress}.
 */
public final class TraceIdFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String traceId = TraceIds.newTraceId();
        MDC.put(TraceIds.MDC_KEY, traceId);
        request.setAttribute(TraceIds.MDC_KEY, traceId);
        String callerId = CallerIds.of((HttpServletRequest) request);
        if (callerId != null) {
            MDC.put(CallerIds.KEY, callerId);
            request.setAttribute(CallerIds.KEY, callerId);
        }
        request.setAttribute(ClientAddress.ATTRIBUTE, request.getRemoteAddr());
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader(TraceIds.HEADER, traceId);
        ResponseHeaders.ALWAYS.forEach(http::setHeader);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(TraceIds.MDC_KEY);
            MDC.remove(CallerIds.KEY);
        }
    }
}

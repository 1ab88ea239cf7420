package io.audiences.adapters.rest.trace;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * What the caller calls a request, so that it can be followed from the caller into our logs: its
 * {@code X-Request-Id} (1–128 visible ASCII characters), else the trace id of its W3C
 * {@code traceparent}. Anything else is ignored, so that no header can forge or break a log line.
 */
public final class CallerIds {

    /** The MDC key and request attribute that hold it while the request is served. */
    public static final String KEY = "requestId";

    private static final Pattern REQUEST_ID = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String NO_TRACE = "0".repeat(32);

    private CallerIds() {
    }

    /** The caller's id for {@code request}, or {@code null} when it sent none that can be used. */
    public static String of(HttpServletRequest request) {
        String requestId = request.getHeader("X-Request-Id");
        if (requestId != null && REQUEST_ID.matcher(requestId).matches()) {
            return requestId;
        }
        String traceparent = request.getHeader("traceparent");
        if (traceparent != null) {
            var matcher = TRACEPARENT.matcher(traceparent.strip());
            if (matcher.matches() && !matcher.group(1).equals(NO_TRACE)) {
                return matcher.group(1);
            }
        }
        return null;
    }
}

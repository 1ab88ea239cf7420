package io.audiences.adapters.rest.trace;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/**
 * The request's trace id: 24 lower-case hex characters, new for every request, kept in the
 * logging MDC (so every log line of the request carries it) and sent as {@code X-Trace-Id}.
 */
public final class TraceIds {

    public static final String HEADER = "X-Trace-Id";
    public static final String MDC_KEY = "traceId";

    private TraceIds() {
    }

    public static String newTraceId() {
        byte[] bytes = new byte[12];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The trace id of the request this thread serves; a new one if there is none. */
    public static String current() {
        String traceId = MDC.get(MDC_KEY);
        return traceId != null ? traceId : newTraceId();
    }
}

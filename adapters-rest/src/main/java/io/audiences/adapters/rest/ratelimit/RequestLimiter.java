package io.audiences.adapters.rest.ratelimit;

import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.adapters.rest.error.ErrorResponses;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides whether a key may make one more request now. The in-process implementation can be
 * replaced by one on a shared store without touching the endpoint.
 */
public interface RequestLimiter {

    /** Takes one permit for {@code key} if one is left, and says what remains. */
    Decision acquire(String key);

    /** Says what remains for {@code key}, taking nothing: allowed while a permit is left. */
    Decision peek(String key);

    /** How many keys the limiter keeps a window for now: its memory, which its settings bound. */
    long trackedKeys();

    /**
     * @param allowed          whether the request may proceed
     * @param limit            requests allowed per window
     * @param remaining        permits left in the current window
     * @param resetSeconds     whole seconds until the window refills (at least 1)
     */
    record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {

        /** The {@code X-RateLimit-*} headers, and {@code Retry-After} when refused. */
        public Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-RateLimit-Limit", Integer.toString(limit));
            headers.put("X-RateLimit-Remaining", Integer.toString(remaining));
            headers.put("X-RateLimit-Reset", Long.toString(resetSeconds));
            if (!allowed) {
                headers.put("Retry-After", Long.toString(resetSeconds));
            }
            return headers;
        }

        /** The 429 for a refused request. */
        public Response refusal() {
            return ErrorResponses.of(ErrorCode.RATE_LIMIT_EXCEEDED,
                    "at most " + limit + " requests per window; retry in " + resetSeconds + " s", headers());
        }
    }
}

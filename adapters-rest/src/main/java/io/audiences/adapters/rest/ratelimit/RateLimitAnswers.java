package io.audiences.adapters.rest.ratelimit;

import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.adapters.rest.error.ErrorResponses;
import io.audiences.application.command.RateLimitDecision;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a limiter's decision reads in HTTP: its headers, and the 429 when it refuses. */
final class RateLimitAnswers {

    private RateLimitAnswers() {
    }

    /** The {@code X-RateLimit-*} headers, and {@code Retry-After} when refused. */
    static Map<String, String> headers(RateLimitDecision decision) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RateLimit-Limit", Integer.toString(decision.limit()));
        headers.put("X-RateLimit-Remaining", Integer.toString(decision.remaining()));
        headers.put("X-RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (!decision.allowed()) {
            headers.put("Retry-After", Long.toString(decision.resetSeconds()));
        }
        return headers;
    }

    /** The 429 for a refused request. */
    static Response refusal(RateLimitDecision decision) {
        return ErrorResponses.of(ErrorCode.RATE_LIMIT_EXCEEDED, "at most " + decision.limit()
                + " requests per window; retry in " + decision.resetSeconds() + " s", headers(decision));
    }
}

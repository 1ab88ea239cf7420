package io.audiences.application.command;

/**
 * What a request limiter decided for one request.
 *
 * @param allowed      whether the request may proceed
 * @param limit        requests allowed per window
 * @param remaining    permits left in the current window
 * @param resetSeconds whole seconds until the window refills (at least 1)
 */
public record RateLimitDecision(boolean allowed, int limit, int remaining, long resetSeconds) {
}

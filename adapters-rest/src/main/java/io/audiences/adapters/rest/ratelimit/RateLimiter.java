package io.audiences.adapters.rest.ratelimit;

/**
 * Decides whether a key may make one more request now. The in-process implementation can be
 * replaced by one on a shared store without touching the endpoint.
 */
public interface RateLimiter {

    /** Takes one permit for {@code key} if one is left, and says what remains. */
    Decision acquire(String key);

    /**
     * @param allowed          whether the request may proceed
     * @param limit            requests allowed per window
     * @param remaining        permits left in the current window
     * @param resetSeconds     whole seconds until the window refills (at least 1)
     */
    record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }
}

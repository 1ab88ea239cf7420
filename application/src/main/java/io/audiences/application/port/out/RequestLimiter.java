package io.audiences.application.port.out;

import io.audiences.application.command.RateLimitDecision;

/**
 * Decides whether a caller (an API key, a client address) may make one more request now. Plain
 * data in and out, so that a limiter kept in this process (the default) and one kept in a store
 * that several instances share are interchangeable.
 */
public interface RequestLimiter {

    /** Takes one permit for {@code key} if one is left, and says what remains. */
    RateLimitDecision acquire(String key);

    /** Says what remains for {@code key}, taking nothing: allowed while a permit is left. */
    RateLimitDecision peek(String key);

    /** How many keys the limiter keeps a window for now: its memory, which its settings bound. */
    long trackedKeys();

    /**
     * The refusal {@link #acquire} would answer for {@code key}, when this limiter knows it without
     * asking its store (a key it found spent, until that window ends), else {@code null}. A limiter
     * in memory has no store to spare: it answers {@code null}.
     */
    default RateLimitDecision knownRefusal(String key) {
        return null;
    }
}

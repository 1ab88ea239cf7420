package io.audiences.application.port.out;

import io.audiences.application.command.RateLimitDecision;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a caller (an API key, a client address) may make one more request now. Plain
 * data in and out, so that a limiter kept in this process (the default) and one kept in a store
 * that several instances share are interchangeable.
 */
public interface RequestLimiter {

    /** Takes one permit for {@code key} if one is left, and says what remains. */
    RateLimitDecision acquire(String key);

    /**
     * As {@link #acquire(String)} for {@code requests} requests of {@code key} arriving together, in
     * order: a limiter kept in a store answers them all with one question to it.
     */
    default List<RateLimitDecision> acquire(String key, int requests) {
        List<RateLimitDecision> decisions = new ArrayList<>(requests);
        for (int i = 0; i < requests; i++) {
            decisions.add(acquire(key));
        }
        return decisions;
    }

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

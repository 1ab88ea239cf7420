package io.audiences.adapters.rest.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * One Resilience4j rate limiter per key, in a bounded cache: however many keys are tried, at most
 * {@code maxKeys} limiters are kept, and a key unused for two windows is forgotten (its window is
 * full again by then anyway).
 */
public final class Resilience4jRequestLimiter implements RequestLimiter {

    private final RateLimiterConfig config;
    private final int limit;
    private final long periodNanos;
    private final Cache<String, KeyWindow> windows;

    public Resilience4jRequestLimiter(int limitForPeriod, Duration refreshPeriod, long maxKeys) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(limitForPeriod)
                .limitRefreshPeriod(refreshPeriod)
                .timeoutDuration(Duration.ZERO)
                .build();
        this.limit = limitForPeriod;
        this.periodNanos = refreshPeriod.toNanos();
        this.windows = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(refreshPeriod.multipliedBy(2))
                .build();
    }

    @Override
    public Decision acquire(String key) {
        KeyWindow window = windows.get(key, this::newWindow);
        boolean allowed = window.limiter.acquirePermission();
        int remaining = Math.max(0, window.limiter.getMetrics().getAvailablePermissions());
        return new Decision(allowed, limit, remaining, window.secondsUntilRefill(periodNanos));
    }

    @Override
    public Decision peek(String key) {
        KeyWindow window = windows.getIfPresent(key);
        if (window == null) {
            return new Decision(true, limit, limit, Math.max(1, periodNanos / 1_000_000_000L));
        }
        int remaining = Math.max(0, window.limiter.getMetrics().getAvailablePermissions());
        return new Decision(remaining > 0, limit, remaining, window.secondsUntilRefill(periodNanos));
    }

    @Override
    public long trackedKeys() {
        windows.cleanUp();
        return windows.estimatedSize();
    }

    private KeyWindow newWindow(String key) {
        return new KeyWindow(io.github.resilience4j.ratelimiter.RateLimiter.of("api-key", config), System.nanoTime());
    }

    /** A key's limiter, and when its first window began: Resilience4j's windows start at its creation. */
    private record KeyWindow(io.github.resilience4j.ratelimiter.RateLimiter limiter, long startNanos) {

        long secondsUntilRefill(long periodNanos) {
            long intoWindow = Math.floorMod(System.nanoTime() - startNanos, periodNanos);
            long nanosLeft = periodNanos - intoWindow;
            return Math.max(1, (nanosLeft + 999_999_999L) / 1_000_000_000L);
        }
    }
}

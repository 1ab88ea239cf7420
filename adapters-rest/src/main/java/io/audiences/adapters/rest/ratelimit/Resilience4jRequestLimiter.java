package io.audiences.adapters.rest.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.audiences.application.command.RateLimitDecision;
import io.audiences.application.port.out.RequestLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One Resilience4j rate limiter per key, in a bounded cache: however many keys are tried, at most
 * {@code maxKeys} limiters are kept, and a key unused for two windows is forgotten (its window is
 * full again by then anyway). The cache is kept on the callers' threads, never another's.
 */
public final class Resilience4jRequestLimiter implements RequestLimiter {

    private final RateLimiterConfig config;
    private final int limit;
    private final long periodNanos;
    private final Cache<String, KeyWindow> windows;
    private final LongSupplier nanoTime;

    public Resilience4jRequestLimiter(int limitForPeriod, Duration refreshPeriod, long maxKeys) {
        this(limitForPeriod, refreshPeriod, maxKeys, System::nanoTime);
    }

    /** On a clock of the caller's ({@link System#nanoTime()} in production), so that tests need not wait for a window. */
    public Resilience4jRequestLimiter(int limitForPeriod, Duration refreshPeriod, long maxKeys, LongSupplier nanoTime) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(limitForPeriod)
                .limitRefreshPeriod(refreshPeriod)
                .timeoutDuration(Duration.ZERO)
                .build();
        this.limit = limitForPeriod;
        this.periodNanos = refreshPeriod.toNanos();
        this.nanoTime = nanoTime;
        this.windows = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(refreshPeriod.multipliedBy(2))
                .ticker(nanoTime::getAsLong)
                // Its upkeep (a few hundred nanoseconds, every few reads) on the request's own thread:
                // handed to the common pool, waking one of its threads cost 2 µs a request. A request
                // whose upkeep finds many windows expired at once (a flood of keys two windows ago)
                // forgets them all, at most maxKeys: up to tens of milliseconds, once.
                .executor(Runnable::run)
                .build();
    }

    @Override
    public RateLimitDecision acquire(String key) {
        KeyWindow window = windows.get(key, this::newWindow);
        boolean allowed = window.limiter.acquirePermission();
        int remaining = Math.max(0, window.limiter.getMetrics().getAvailablePermissions());
        return new RateLimitDecision(allowed, limit, remaining, window.secondsUntilRefill(periodNanos, nanoTime.getAsLong()));
    }

    @Override
    public RateLimitDecision peek(String key) {
        KeyWindow window = windows.getIfPresent(key);
        if (window == null) {
            return new RateLimitDecision(true, limit, limit, Math.max(1, periodNanos / 1_000_000_000L));
        }
        int remaining = Math.max(0, window.limiter.getMetrics().getAvailablePermissions());
        return new RateLimitDecision(remaining > 0, limit, remaining, window.secondsUntilRefill(periodNanos, nanoTime.getAsLong()));
    }

    @Override
    public long trackedKeys() {
        windows.cleanUp();
        return windows.estimatedSize();
    }

    private KeyWindow newWindow(String key) {
        return new KeyWindow(new AtomicRateLimiter("api-key", config, nanoTime::getAsLong), nanoTime.getAsLong());
    }

    /** A key's limiter, and when its first window began: Resilience4j's windows start at its creation. */
    private record KeyWindow(io.github.resilience4j.ratelimiter.RateLimiter limiter, long startNanos) {

        long secondsUntilRefill(long periodNanos, long now) {
            long intoWindow = Math.floorMod(now - startNanos, periodNanos);
            long nanosLeft = periodNanos - intoWindow;
            return Math.max(1, (nanosLeft + 999_999_999L) / 1_000_000_000L);
        }
    }
}

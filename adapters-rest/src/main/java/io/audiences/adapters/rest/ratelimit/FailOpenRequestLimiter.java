package io.audiences.adapters.rest.ratelimit;

import io.audiences.application.command.RateLimitDecision;
import io.audiences.application.port.out.RequestLimiter;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A limiter kept in a store (a database several instances share) that lets the request through
 * when the store does not answer within {@code wait}: a store that stops answering must not stop
 * the service, and the limit protects the service rather than guards data. Each such request is
 * counted ({@code unavailable}) and logged at most once a minute. The store is asked on threads of
 * this limiter's own, at most {@link #MAX_WAITING} at a time, so that a caller stops waiting on
 * time whatever the store does; beyond that many calls still waiting, requests go through at once.
 * A refusal the store knows without asking (a key it found spent) is answered on the caller's
 * thread, so that a flood of a spent key neither waits nor takes an asker. A request let through
 * says it has nothing left and may retry in a second ({@code X-RateLimit-Remaining: 0},
 * {@code X-RateLimit-Reset: 1}): the allowance is unknown.
 */
public final class FailOpenRequestLimiter implements RequestLimiter, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FailOpenRequestLimiter.class);
    static final int MAX_WAITING = 64;
    private static final long LOG_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final RequestLimiter store;
    private final long waitNanos;
    private final RateLimitDecision unknown;
    private final Runnable unavailable;
    private final ThreadPoolExecutor askers;
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    /**
     * @param store       the shared limiter
     * @param wait        how long a request waits for the store's answer at most
     * @param limit       requests per period, told to a request let through unlimited
     * @param unavailable counts each request let through
     */
    public FailOpenRequestLimiter(RequestLimiter store, Duration wait, int limit, Runnable unavailable) {
        this.store = store;
        this.waitNanos = wait.toNanos();
        // Nothing left, back in a second: a client that paces itself by the headers slows down, not up.
        this.unknown = new RateLimitDecision(true, limit, 0, 1);
        this.unavailable = unavailable;
        AtomicInteger threads = new AtomicInteger();
        this.askers = new ThreadPoolExecutor(0, MAX_WAITING, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "rate-limit-store-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public RateLimitDecision acquire(String key) {
        RateLimitDecision known = store.knownRefusal(key);
        return known != null ? known : ask(() -> store.acquire(key));
    }

    @Override
    public RateLimitDecision peek(String key) {
        RateLimitDecision known = store.knownRefusal(key);
        return known != null ? known : ask(() -> store.peek(key));
    }

    @Override
    public long trackedKeys() {
        return store.trackedKeys();
    }

    @Override
    public void close() {
        askers.shutdownNow();
    }

    private RateLimitDecision ask(Supplier<RateLimitDecision> question) {
        Future<RateLimitDecision> answer;
        try {
            answer = askers.submit(question::get);
        } catch (RejectedExecutionException everyAskerWaiting) {
            return letThrough("every one of its " + MAX_WAITING + " callers is still waiting for it", null);
        }
        try {
            return answer.get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException slow) {
            // Not interrupted: a JDBC driver may leave its connection broken; the statement's own timeout ends it.
            return letThrough("it did not answer within " + TimeUnit.NANOSECONDS.toMillis(waitNanos) + " ms", null);
        } catch (ExecutionException failed) {
            return letThrough("it failed", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return letThrough("the request was interrupted", null);
        }
    }

    private RateLimitDecision letThrough(String why, Throwable cause) {
        unavailable.run();
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.warn("Requests go through without the shared rate limit: its store is unavailable ({}); "
                    + "counted in audiences_rate_limit_unavailable_total, logged at most once a minute", why, cause);
        }
        return unknown;
    }
}

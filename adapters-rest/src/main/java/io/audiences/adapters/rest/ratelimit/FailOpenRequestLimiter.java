package io.audiences.adapters.rest.ratelimit;

import io.audiences.application.command.RateLimitDecision;
import io.audiences.application.port.out.RequestLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A limiter kept in a store (a database several instances share) that asks the store once for all
 * the requests of a key waiting together, and lets a request through when the store does not answer
 * within {@code wait}: a store that stops answering must not stop the service, and the limit
 * protects the service rather than guards data.
 *
 * <p>A key's requests queue while the store is asked about the key; when it answers, the requests
 * that queued meanwhile are asked about in one go ({@link RequestLimiter#acquire(String, int)}): a
 * key flooded by many connections costs the store one statement per round trip, not one per
 * request, and each answer is still exact. The store is asked on threads of this limiter's own, at
 * most {@link #MAX_ASKING} keys at a time, so that a caller stops waiting on time whatever the store
 * does. A request goes through at once, unlimited, when that many keys are being asked about
 * already, or when the store has not answered about its key within {@code wait}; after waiting
 * {@code wait} in vain, too. Each such request is counted ({@code unavailable}) and logged at most
 * once a minute. A refusal the store knows without asking (a key it found spent) is answered on the
 * caller's thread. A request let through says it has nothing left and may retry in a second
 * ({@code X-RateLimit-Remaining: 0}, {@code X-RateLimit-Reset: 1}): the allowance is unknown.
 */
public final class FailOpenRequestLimiter implements RequestLimiter, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FailOpenRequestLimiter.class);
    static final int MAX_ASKING = 64;
    private static final long LOG_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final RequestLimiter store;
    private final long waitNanos;
    private final RateLimitDecision unknown;
    private final Runnable unavailable;
    private final ThreadPoolExecutor askers;
    private final ConcurrentHashMap<String, Queue> queues = new ConcurrentHashMap<>();
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
        this.askers = new ThreadPoolExecutor(0, MAX_ASKING, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "rate-limit-store-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A key's requests waiting for the store; present while the store is being asked about the key. */
    private static final class Queue {
        final List<CompletableFuture<RateLimitDecision>> waiting = new ArrayList<>();
        /** When ({@link System#nanoTime()}) the store was last asked about the key: for the first group, when its request arrived. */
        long askedAt;

        Queue(long now) {
            askedAt = now;
        }
    }

    private enum Arrival { FIRST, QUEUED, STORE_SLOW }

    @Override
    public RateLimitDecision acquire(String key) {
        RateLimitDecision known = store.knownRefusal(key);
        if (known != null) {
            return known;
        }
        CompletableFuture<RateLimitDecision> answer = new CompletableFuture<>();
        long now = System.nanoTime();
        Arrival[] arrival = new Arrival[1];
        queues.compute(key, (k, queue) -> {
            if (queue == null) {
                arrival[0] = Arrival.FIRST;
                queue = new Queue(now);
            } else if (now - queue.askedAt > waitNanos) {
                arrival[0] = Arrival.STORE_SLOW;
                return queue;
            } else {
                arrival[0] = Arrival.QUEUED;
            }
            queue.waiting.add(answer);
            return queue;
        });
        if (arrival[0] == Arrival.STORE_SLOW) {
            return letThrough("it has not answered for " + TimeUnit.NANOSECONDS.toMillis(waitNanos) + " ms", null);
        }
        if (arrival[0] == Arrival.FIRST) {
            startAsking(key);
        }
        return await(key, answer);
    }

    @Override
    public RateLimitDecision peek(String key) {
        RateLimitDecision known = store.knownRefusal(key);
        if (known != null) {
            return known;
        }
        CompletableFuture<RateLimitDecision> answer = new CompletableFuture<>();
        try {
            askers.execute(() -> {
                try {
                    answer.complete(store.peek(key));
                } catch (RuntimeException failed) {
                    answer.completeExceptionally(failed);
                }
            });
        } catch (RejectedExecutionException everyAskerBusy) {
            return letThrough("it is being asked about " + MAX_ASKING + " keys already", null);
        }
        return await(null, answer);
    }

    @Override
    public long trackedKeys() {
        return store.trackedKeys();
    }

    @Override
    public void close() {
        askers.shutdownNow();
    }

    private void startAsking(String key) {
        try {
            askers.execute(() -> askWhileWaiting(key));
        } catch (RejectedExecutionException everyAskerBusy) {
            List<CompletableFuture<RateLimitDecision>> stranded = new ArrayList<>();
            queues.computeIfPresent(key, (k, queue) -> {
                stranded.addAll(queue.waiting);
                return null;
            });
            stranded.forEach(waiting -> waiting.completeExceptionally(everyAskerBusy));
        }
    }

    /** Asks the store about the key's waiting requests, one group at a time, until none waits. */
    private void askWhileWaiting(String key) {
        // The first group's clock started when its request arrived: this thread may start well after
        // (a loaded machine), and a later clock would make the next arrivals wait a whole wait again.
        boolean first = true;
        while (true) {
            List<CompletableFuture<RateLimitDecision>> group = new ArrayList<>();
            boolean stamp = !first;
            first = false;
            queues.computeIfPresent(key, (k, queue) -> {
                if (queue.waiting.isEmpty()) {
                    return null;
                }
                group.addAll(queue.waiting);
                queue.waiting.clear();
                if (stamp) {
                    queue.askedAt = System.nanoTime();
                }
                return queue;
            });
            if (group.isEmpty()) {
                return;
            }
            try {
                List<RateLimitDecision> decisions = store.acquire(key, group.size());
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).complete(decisions.get(i));
                }
            } catch (RuntimeException | Error failed) {
                group.forEach(waiting -> waiting.completeExceptionally(failed));
            }
        }
    }

    /** The store's answer within the wait, else through; a request that stops waiting leaves its key's queue. */
    private RateLimitDecision await(String key, CompletableFuture<RateLimitDecision> answer) {
        try {
            return answer.get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException slow) {
            if (key != null) {
                queues.computeIfPresent(key, (k, queue) -> {
                    queue.waiting.remove(answer);
                    return queue;
                });
            }
            // Not interrupted: a JDBC driver may leave its connection broken; the statement's own timeout ends it.
            return letThrough("it did not answer within " + TimeUnit.NANOSECONDS.toMillis(waitNanos) + " ms", null);
        } catch (ExecutionException failed) {
            return failed.getCause() instanceof RejectedExecutionException
                    ? letThrough("it is being asked about " + MAX_ASKING + " keys already", null)
                    : letThrough("it failed", failed.getCause());
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

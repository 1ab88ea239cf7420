package io.audiences.bootstrap.server;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.IdleTimeout;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * Deadlines that a slow client cannot stretch, enforced by a sweep over the connectors' connections:
 * <ul>
 * <li>a request's line and headers must arrive within {@code headerTimeout} of its first byte, or
 * the connection is closed; and its body within {@code requestTimeout}, or the request's read fails
 * as on an idle timeout, so that it is answered ({@code 408}) before the connection closes (Jetty's
 * idle timeout alone restarts with every byte, so a client sending one byte a second, slowloris,
 * would keep a connection forever);</li>
 * <li>while a connector holds {@code maxConnections}, a connection that is not in the middle of a
 * request's body or its handling is closed once idle for {@code idleTimeoutAtLimit}, so that
 * waiting clients get in (a keep-alive client simply opens a new one).</li>
 * </ul>
 */
final class ConnectionDeadlines extends AbstractLifeCycle {

    /** How long a request whose body deadline passed has to send its answer before its connection is closed. */
    private static final long ANSWER_GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final List<Connector> connectors;
    private final int maxConnections;
    private final long headerTimeoutNanos;
    private final long requestTimeoutNanos;
    private final long idleMillisAtLimit;
    private ScheduledExecutorService sweeper;
    /** Connections whose request was told its body deadline passed, and when; closed if they linger. */
    private final Map<EndPoint, Long> expired = new HashMap<>();

    ConnectionDeadlines(List<Connector> connectors, int maxConnections, Duration headerTimeout, Duration requestTimeout,
            Duration idleTimeoutAtLimit) {
        this.connectors = List.copyOf(connectors);
        this.maxConnections = maxConnections;
        this.headerTimeoutNanos = headerTimeout.toNanos();
        this.requestTimeoutNanos = requestTimeout.toNanos();
        this.idleMillisAtLimit = idleTimeoutAtLimit.toMillis();
    }

    @Override
    protected void doStart() {
        sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "connection-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(50, Math.min(idleMillisAtLimit,
                TimeUnit.NANOSECONDS.toMillis(Math.min(headerTimeoutNanos, requestTimeoutNanos)) / 4));
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        sweeper.shutdownNow();
    }

    private void sweep() {
        long now = NanoTime.now();
        Set<EndPoint> swept = new HashSet<>();
        for (Connector connector : connectors) {
            Collection<EndPoint> endPoints = connector.getConnectedEndPoints();
            swept.addAll(endPoints);
            boolean atLimit = endPoints.size() >= maxConnections;
            for (EndPoint endPoint : endPoints) {
                if (endPoint.getConnection() instanceof HttpConnection http) {
                    sweep(endPoint, http, atLimit, now);
                }
            }
        }
        expired.keySet().retainAll(swept);
    }

    private void sweep(EndPoint endPoint, HttpConnection http, boolean atLimit, long now) {
        HttpParser parser = http.getParser();
        if (parser.isIdle()) {
            // Between requests, or done with this one's bytes.
            if (atLimit && isIdleBetweenRequests(endPoint, parser)) {
                endPoint.close();
            }
            return;
        }
        long elapsed = NanoTime.elapsed(parser.getBeginNanoTime(), now);
        if (parser.inHeaderState()) {
            if (elapsed > headerTimeoutNanos || atLimit && isIdleBetweenRequests(endPoint, parser)) {
                endPoint.close();
            }
        } else if (elapsed > requestTimeoutNanos) {
            Long expiredAt = expired.get(endPoint);
            if (expiredAt == null) {
                // As on an idle timeout: the read waiting for the body fails, and the request is
                // answered; with no request to answer, Jetty says to close.
                expired.put(endPoint, now);
                if (http.onIdleExpired(new TimeoutException("the request's body did not arrive within its deadline"))) {
                    endPoint.close();
                }
            } else if (NanoTime.elapsed(expiredAt, now) > ANSWER_GRACE_NANOS) {
                endPoint.close();
            }
        }
    }

    /** Waiting for a request, or for the rest of its headers, and idle long enough. */
    private boolean isIdleBetweenRequests(EndPoint endPoint, HttpParser parser) {
        boolean waiting = parser.getState() == HttpParser.State.START || parser.inHeaderState();
        return waiting && endPoint instanceof IdleTimeout idle && idle.getIdleFor() > idleMillisAtLimit;
    }
}

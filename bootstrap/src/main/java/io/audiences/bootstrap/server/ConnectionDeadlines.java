package io.audiences.bootstrap.server;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * <li>a request's line and headers must arrive within {@code headerTimeout} of its first byte, and
 * its body within {@code requestTimeout} (Jetty's idle timeout alone restarts with every byte, so a
 * client sending one byte a second, slowloris, would keep a connection forever);</li>
 * <li>while a connector holds {@code maxConnections}, a connection that is not in the middle of a
 * request's body or its handling is closed once idle for {@code idleTimeoutAtLimit}, so that
 * waiting clients get in (a keep-alive client simply opens a new one).</li>
 * </ul>
 */
final class ConnectionDeadlines extends AbstractLifeCycle {

    private final List<Connector> connectors;
    private final int maxConnections;
    private final long headerTimeoutNanos;
    private final long requestTimeoutNanos;
    private final long idleMillisAtLimit;
    private ScheduledExecutorService sweeper;

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
        for (Connector connector : connectors) {
            Collection<EndPoint> endPoints = connector.getConnectedEndPoints();
            boolean atLimit = endPoints.size() >= maxConnections;
            for (EndPoint endPoint : endPoints) {
                if (endPoint.getConnection() instanceof HttpConnection http
                        && (isPastDeadline(http.getParser(), now) || atLimit && isIdleBetweenRequests(endPoint, http.getParser()))) {
                    endPoint.close();
                }
            }
        }
    }

    private boolean isPastDeadline(HttpParser parser, long now) {
        if (parser.isIdle()) {
            return false; // between requests, or done with this one's bytes
        }
        long elapsed = NanoTime.elapsed(parser.getBeginNanoTime(), now);
        return parser.inHeaderState() ? elapsed > headerTimeoutNanos : elapsed > requestTimeoutNanos;
    }

    /** Waiting for a request, or for the rest of its headers, and idle long enough. */
    private boolean isIdleBetweenRequests(EndPoint endPoint, HttpParser parser) {
        boolean waiting = parser.getState() == HttpParser.State.START || parser.inHeaderState();
        return waiting && endPoint instanceof IdleTimeout idle && idle.getIdleFor() > idleMillisAtLimit;
    }
}

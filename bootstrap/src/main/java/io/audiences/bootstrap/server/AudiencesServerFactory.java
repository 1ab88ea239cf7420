package io.audiences.bootstrap.server;

import ch.qos.logback.access.jetty.RequestLogImpl;
import ch.qos.logback.core.status.Status;
import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * Dropwizard's default server ({@code server:} in the configuration, every key of Dropwizard's
 * there), made fit to face a network (ADR 0005): the application port holds at most
 * {@code maxConnections} connections (more wait in the kernel's accept queue, and while the port is
 * full an idle connection is closed after {@code idleTimeoutAtConnectionLimit}); a request's headers
 * and body must arrive within their deadlines however slowly a client trickles them; the thread
 * pool never starts threads outside itself.
 */
@JsonTypeName("audiences")
public class AudiencesServerFactory extends DefaultServerFactory {

    /** Threads the pool keeps beyond two per connection, for Jetty's selectors and acceptors and the admin port. */
    static final int SPARE_THREADS = 32;

    /** Unset: as many as the thread pool can serve, (maxThreads − 32) / 2. */
    @JsonProperty
    @Min(1)
    private Integer maxConnections;

    @JsonProperty
    @NotNull
    private Duration idleTimeoutAtConnectionLimit = Duration.milliseconds(200);

    @JsonProperty
    @NotNull
    private Duration requestHeaderTimeout = Duration.seconds(10);

    @JsonProperty
    @NotNull
    private Duration requestTimeout = Duration.seconds(30);
    /**
     * Every connection may hold a request's thread and, when it fails, a second one for Jetty to
     * deliver the failure: with fewer threads a storm could exhaust the pool.
     */
    @JsonIgnore
    @ValidationMethod(message = "maxThreads must be at least 2 × maxConnections + 32 (raise maxThreads or lower maxConnections)")
    public boolean isThreadPoolLargeEnoughForMaxConnections() {
        return getMaxThreads() >= 2 * connectionLimit() + SPARE_THREADS;
    }

    /** {@code maxConnections}, or what the thread pool can serve when it is unset. */
    public int connectionLimit() {
        return maxConnections != null ? maxConnections : (getMaxThreads() - SPARE_THREADS) / 2;
    }

    @Override
    public Server build(Environment environment) {
        Server server = super.build(environment);
        List<Connector> application = Arrays.stream(server.getConnectors())
                .filter(connector -> "application".equals(connector.getName())).toList();
        server.addBean(new NetworkConnectionLimit(connectionLimit(), application.toArray(Connector[]::new)));
        server.addBean(new ConnectionDeadlines(application, connectionLimit(), requestHeaderTimeout.toJavaDuration(),
                requestTimeout.toJavaDuration(), idleTimeoutAtConnectionLimit.toJavaDuration()));
        printOnlyTheRequestLogsErrors(server);
        if (server.getRequestLog() != null) {
            server.setRequestLog(new EveryRequestLogged(server.getRequestLog()));
        }
        return server;
    }

    /**
     * logback-access prints all of its status lines at every start, among them a warning that its
     * versions differ (inside one shaded jar it reads them from the jar's own manifest): errors only.
     */
    private static void printOnlyTheRequestLogsErrors(Server server) {
        if (server.getRequestLog() instanceof RequestLogImpl requestLog) {
            requestLog.setQuiet(true);
            requestLog.getStatusManager().add(status -> {
                if (status.getLevel() == Status.ERROR) {
                    System.err.println("request log: " + status);
                }
            });
        }
    }

    @Override
    protected ThreadPool createThreadPool(MetricRegistry metrics) {
        PoolThreadsOnly pool = new PoolThreadsOnly(metrics, getMaxThreads(), getMinThreads(),
                (int) getIdleThreadTimeout().toMilliseconds(), new BlockingArrayQueue<>(getMinThreads(), getMaxThreads()));
        pool.setName("dw");
        return pool;
    }

    public Duration requestHeaderTimeout() {
        return requestHeaderTimeout;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }
}

package io.audiences.bootstrap.database;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.util.Duration;
import java.util.Map;
import org.apache.tomcat.jdbc.pool.DataSourceProxy;

/**
 * The {@code database} block: Dropwizard's {@link DataSourceFactory}, with defaults under which a
 * database that stops answering turns into a prompt error instead of a hung request. Every key can
 * still be set in the configuration, and its value wins.
 */
public class DatabaseSettings extends DataSourceFactory {

    static final String POSTGRES_DRIVER = "org.postgresql.Driver";

    /**
     * PostgreSQL driver properties (seconds) that bound each call: opening the TCP connection,
     * logging in, waiting for any answer, and cancelling a statement. The answer's bound is longer
     * than a creation's lock timeout (3 s), so that a creation waiting in line is refused by the
     * database rather than cut off.
     */
    static final Map<String, String> POSTGRES_BOUNDS = Map.of(
            "connectTimeout", "2", "loginTimeout", "2", "socketTimeout", "5", "cancelSignalTimeout", "2",
            // No named server-side prepared statements: a pooler in transaction mode (PgBouncer) hands
            // each transaction any server connection, where a statement prepared on another is unknown.
            "prepareThreshold", "0");

    /**
     * Connections per instance at most on PostgreSQL, the requests' pool and the rate limit's
     * together: a handful of instances share a PostgreSQL left at its {@code max_connections} of
     * 100 (5 × 16 = 80, leaving room for the operator commands and a console). A request holds one
     * for milliseconds; more than a few per core only queue in the database instead of in the pool.
     */
    static final int MAX_CONNECTIONS = 16;
    /** Of those, the rate limit's own: a flood that takes every request connection must not switch the limit off. */
    public static final int RATE_LIMIT_CONNECTIONS = 4;
    /** Dropwizard's own settings: its pool sizes stand where the configuration sets none (and on the embedded H2). */
    private static final DataSourceFactory DROPWIZARD = new DataSourceFactory();

    public DatabaseSettings() {
        setMaxWaitForConnection(Duration.seconds(2));
        // A connection is checked with JDBC's isValid(1 s), which gives up on a silent database
        // after a second; a validation query would wait for the socket timeout and then for its
        // own cancellation.
        setValidationQuery(null);
        setValidationQueryTimeout(Duration.seconds(1));
        // After a database restart, a pooled connection it broke is replaced instead of failing a
        // request: checked on borrow, unless it was checked in the last 50 ms (Dropwizard's minimum).
        setCheckConnectionOnBorrow(true);
        setValidationInterval(Duration.milliseconds(50));
    }

    /** The embedded default: an H2 file in {@code ./data}. */
    public static DatabaseSettings embeddedDefault() {
        DatabaseSettings database = new DatabaseSettings();
        database.setDriverClass("org.h2.Driver");
        database.setUrl("jdbc:h2:file:./data/audiences");
        database.setUser("sa");
        database.setPassword("");
        return database;
    }

    @Override
    public ManagedDataSource build(MetricRegistry metricRegistry, String name) {
        if (POSTGRES_DRIVER.equals(getDriverClass())) {
            POSTGRES_BOUNDS.forEach(getProperties()::putIfAbsent);
            if (getInitialSize() == DROPWIZARD.getInitialSize() && getMinSize() == DROPWIZARD.getMinSize()
                    && getMaxSize() == DROPWIZARD.getMaxSize()) {
                // Unset in the configuration: Dropwizard's 100 would let three instances exhaust a default PostgreSQL.
                setInitialSize(2);
                setMinSize(2);
                setMaxSize(MAX_CONNECTIONS - RATE_LIMIT_CONNECTIONS);
            }
        }
        setUrl(EmbeddedH2.prepare(getUrl()));
        return pool(metricRegistry, name);
    }

    /** A pool like {@link #build}'s, of {@code connections} at most: the rate limit's own. */
    public synchronized ManagedDataSource buildSmall(MetricRegistry metricRegistry, String name, int connections) {
        int initial = getInitialSize();
        int min = getMinSize();
        int max = getMaxSize();
        POSTGRES_BOUNDS.forEach(getProperties()::putIfAbsent);
        try {
            setInitialSize(1);
            setMinSize(1);
            setMaxSize(connections);
            return pool(metricRegistry, name);
        } finally {
            setInitialSize(initial);
            setMinSize(min);
            setMaxSize(max);
        }
    }

    /**
     * Dropwizard's pool, its statements and result sets handed out as the driver made them: Tomcat's
     * pool otherwise puts a reflective proxy around each (so that a closed statement's {@code equals}
     * still answers), a few microseconds of every request's CPU (docs/performance.md). Every
     * statement here is closed by the code that prepared it, before its connection goes back.
     */
    private ManagedDataSource pool(MetricRegistry metricRegistry, String name) {
        ManagedDataSource pool = super.build(metricRegistry, name);
        ((DataSourceProxy) pool).getPoolProperties().setUseStatementFacade(false);
        return new RefusedConnectionsRetried(pool, getMaxWaitForConnection().toJavaDuration());
    }
}

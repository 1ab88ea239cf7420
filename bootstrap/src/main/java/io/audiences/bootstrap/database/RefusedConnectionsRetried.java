package io.audiences.bootstrap.database;

import io.audiences.adapters.persistence.ForwardingDataSource;
import io.dropwizard.db.ManagedDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The pool, asked again when the database refuses a new connection because it has too many (or is
 * still starting): within the pool's borrow timeout, a request waits for a connection rather than
 * failing. Several instances whose pools grow at once can reach PostgreSQL's
 * {@code max_connections} for a moment; the connections they hold are returned within milliseconds.
 */
final class RefusedConnectionsRetried extends ForwardingDataSource implements ManagedDataSource {

    /** PostgreSQL's {@code too_many_connections} and {@code cannot_connect_now} (starting up). */
    private static final Set<String> REFUSED = Set.of("53300", "57P03");
    /** PgBouncer's refusal once its {@code max_client_conn} is reached (a generic SQLSTATE). */
    private static final String POOLER_FULL = "no more connections allowed";
    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long LONGEST_PAUSE_MILLIS = 200;

    private final ManagedDataSource pool;
    private final long patienceNanos;

    RefusedConnectionsRetried(ManagedDataSource pool, Duration patience) {
        super(pool);
        this.pool = pool;
        this.patienceNanos = patience.toNanos();
    }

    @Override
    public Connection getConnection() throws SQLException {
        long deadline = System.nanoTime() + patienceNanos;
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                if (!isRefusal(e) || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw e;
                }
            }
            try {
                // Jittered, so that instances refused together do not come back together.
                Thread.sleep(ThreadLocalRandom.current().nextLong(pause / 2, pause + 1));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the database to accept a connection", interrupted);
            }
            pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
        }
    }

    private static boolean isRefusal(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (sql.getSQLState() != null && REFUSED.contains(sql.getSQLState()) || String.valueOf(sql.getMessage()).contains(POOLER_FULL))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool.getConnection(username, password);
    }

    @Override
    public void start() throws Exception {
        pool.start();
    }

    @Override
    public void stop() throws Exception {
        pool.stop();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(pool) ? iface.cast(pool) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(pool) || pool.isWrapperFor(iface);
    }
}

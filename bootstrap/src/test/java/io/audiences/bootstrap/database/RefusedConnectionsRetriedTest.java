package io.audiences.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.db.ManagedDataSource;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RefusedConnectionsRetriedTest {

    private static final Connection CONNECTION = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class}, (proxy, method, args) -> null);

    @Test
    void aConnectionTheServerRefusesForHavingTooManyIsAskedForAgain() throws Exception {
        Pool pool = new Pool(3, new SQLException("FATAL: sorry, too many clients already", "53300"));

        assertThat(new RefusedConnectionsRetried(pool, Duration.ofSeconds(2)).getConnection()).isSameAs(CONNECTION);
        assertThat(pool.asked).hasValue(4);
    }

    @Test
    void pgBouncersRefusalIsAskedForAgainToo() throws Exception {
        Pool pool = new Pool(1, new SQLException("ERROR: no more connections allowed (max_client_conn)", "08P01"));

        assertThat(new RefusedConnectionsRetried(pool, Duration.ofSeconds(2)).getConnection()).isSameAs(CONNECTION);
    }

    @Test
    void theRefusalIsTheAnswerOnceTheBorrowTimeoutIsSpent() {
        Pool pool = new Pool(Integer.MAX_VALUE, new SQLException("FATAL: sorry, too many clients already", "53300"));
        long started = System.nanoTime();

        assertThatThrownBy(() -> new RefusedConnectionsRetried(pool, Duration.ofMillis(300)).getConnection())
                .hasMessageContaining("too many clients");
        assertThat((System.nanoTime() - started) / 1_000_000).isBetween(100L, 1_000L);
    }

    @Test
    void anyOtherFailureIsTheAnswerAtOnce() {
        Pool pool = new Pool(1, new SQLException("FATAL: password authentication failed", "28P01"));

        assertThatThrownBy(() -> new RefusedConnectionsRetried(pool, Duration.ofSeconds(2)).getConnection())
                .hasMessageContaining("password");
        assertThat(pool.asked).hasValue(1);
    }

    /** Refuses the first {@code refusals} requests with {@code refusal}, then hands out a connection. */
    private static final class Pool implements ManagedDataSource {

        private final int refusals;
        private final SQLException refusal;
        private final AtomicInteger asked = new AtomicInteger();

        Pool(int refusals, SQLException refusal) {
            this.refusals = refusals;
            this.refusal = refusal;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (asked.incrementAndGet() <= refusals) {
                throw new SQLException(refusal.getMessage(), refusal.getSQLState(), refusal);
            }
            return CONNECTION;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return null;
        }

        @Override
        public <T> T unwrap(Class<T> iface) {
            return null;
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}

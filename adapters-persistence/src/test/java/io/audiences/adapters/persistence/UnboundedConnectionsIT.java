package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a real PostgreSQL whose driver gives up on any answer after one second: a migration's
 * connection waits as long as its work takes, and goes back to the pool bounded again.
 */
class UnboundedConnectionsIT {

    private static Postgres postgres;
    private static DataSource pool;

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
        PoolProperties properties = new PoolProperties();
        properties.setDriverClassName("org.postgresql.Driver");
        properties.setUrl("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres?socketTimeout=1");
        properties.setUsername("postgres");
        properties.setMaxActive(1);
        properties.setInitialSize(0);
        pool = new DataSource(properties);
    }

    @AfterAll
    static void stop() {
        pool.close();
        postgres.close();
    }

    @Test
    void aPooledConnectionGivesUpAfterItsSocketTimeout() {
        assertThatThrownBy(() -> sleepTwoSeconds(pool.getConnection())).isInstanceOf(SQLException.class)
                .hasRootCauseInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void anUnboundedConnectionWaitsAndIsReturnedBounded() throws SQLException {
        sleepTwoSeconds(UnboundedConnections.of(pool).getConnection());

        try (Connection again = pool.getConnection()) {
            assertThat(again.getNetworkTimeout()).isEqualTo(1000);
        }
    }

    private static void sleepTwoSeconds(Connection connection) throws SQLException {
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_sleep(2)");
        }
    }
}

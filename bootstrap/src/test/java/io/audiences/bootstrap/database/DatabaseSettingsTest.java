package io.audiences.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.ManagedDataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void thePoolHandsOutTheDriversOwnStatementsAndResults() throws Exception {
        DatabaseSettings settings = new DatabaseSettings();
        settings.setDriverClass("org.h2.Driver");
        settings.setUrl("jdbc:h2:mem:settings");
        settings.setUser("sa");
        settings.setPassword("");
        ManagedDataSource pool = settings.build(new MetricRegistry(), "test");
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT ?")) {
            statement.setString(1, "one");
            try (ResultSet results = statement.executeQuery()) {
                assertThat(results.next()).isTrue();
                assertThat(results.getString(1)).isEqualTo("one");
                assertThat(Proxy.isProxyClass(statement.getClass())).as(statement.getClass().getName()).isFalse();
                assertThat(Proxy.isProxyClass(results.getClass())).as(results.getClass().getName()).isFalse();
            }
            assertThat(Proxy.isProxyClass(connection.getClass())).as("the connection stays the pool's").isTrue();
        } finally {
            pool.stop();
        }
    }
}

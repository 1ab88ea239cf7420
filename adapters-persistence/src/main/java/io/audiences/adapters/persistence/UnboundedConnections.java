package io.audiences.adapters.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Connections without a network timeout, for work that may legitimately run long (a migration
 * building an index). Each connection gets its timeout back when it is closed, so that a pool
 * hands it out bounded again.
 */
final class UnboundedConnections extends ForwardingDataSource {

    private final DataSource pool;

    private UnboundedConnections(DataSource pool) {
        super(pool);
        this.pool = pool;
    }

    static DataSource of(DataSource pool) {
        return new UnboundedConnections(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return unbounded(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return unbounded(pool.getConnection(username, password));
    }

    private static Connection unbounded(Connection connection) throws SQLException {
        int bound = connection.getNetworkTimeout();
        connection.setNetworkTimeout(Runnable::run, 0);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && !connection.isClosed()) {
                        connection.setNetworkTimeout(Runnable::run, bound);
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return pool.isWrapperFor(type);
    }
}

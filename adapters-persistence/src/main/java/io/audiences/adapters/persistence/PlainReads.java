package io.audiences.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The reads every request makes (its API key, the caller's account groups) and a page of audiences,
 * on plain JDBC: around a
 * lookup by primary key, Jdbi's statement machinery (named binding, statement context, result
 * streams, handle) cost as much as the database's own work (docs/performance.md). Timed and
 * translated as every Jdbi statement is.
 */
final class PlainReads {

    /** Reads a statement's rows into a value. */
    @FunctionalInterface
    interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final DataSource dataSource;
    private final StatementTimes times;

    PlainReads(DataSource dataSource, StatementTimes times) {
        this.dataSource = dataSource;
        this.times = times;
    }

    /**
     * The rows of {@code sql}, its {@code ?} parameters set to {@code parameters} in order (strings,
     * integers, {@code OffsetDateTime}s: the types both drivers take as they are).
     */
    <T> T query(String sql, List<?> parameters, Rows<T> rows) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            long start = System.nanoTime();
            try (ResultSet results = statement.executeQuery()) {
                return rows.read(results);
            } finally {
                times.record(sql, System.nanoTime() - start);
            }
        } catch (SQLException e) {
            throw StorageErrors.failed(e);
        }
    }
}

package io.audiences.adapters.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** What the Java migrations ask of the schema and run on it, on whichever database. */
final class MigrationStatements {

    private MigrationStatements() {
    }

    static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            for (String statement : statements) {
                ddl.execute(statement);
            }
        }
    }

    /** Whether {@code table} exists in the connection's schema, whichever case the database keeps names in. */
    static boolean hasTable(Connection connection, String table) throws SQLException {
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), name, null)) {
                if (found.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code table} has {@code column}, whichever case the database keeps names in. */
    static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
        for (String[] names : new String[][] {{table, column}, {table.toUpperCase(Locale.ROOT), column.toUpperCase(Locale.ROOT)}}) {
            try (ResultSet found = connection.getMetaData().getColumns(null, connection.getSchema(), names[0], names[1])) {
                if (found.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}

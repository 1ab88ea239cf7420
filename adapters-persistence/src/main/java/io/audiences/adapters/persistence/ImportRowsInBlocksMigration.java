package io.audiences.adapters.persistence;

import static io.audiences.adapters.persistence.MigrationStatements.execute;
import static io.audiences.adapters.persistence.MigrationStatements.hasTable;

import io.audiences.application.command.ImportRow;
import io.audiences.domain.prospect.ProspectBatch;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Version 11: an import's rows wait in blocks ({@code prospect_import_blocks}, {@link ImportRowBlock}),
 * no longer one table row each ({@code prospect_import_rows}): storing a file of 100,000 rows took
 * 100,000 inserts before the {@code 202}, and each step deleted 500 rows. The rows of imports queued
 * or running at the upgrade (and those a cancel left to the sweep) are moved into blocks, so the
 * imports go on where they were; then the old table goes. In Java, not SQL: the blocks are binary.
 */
final class ImportRowsInBlocksMigration extends JavaMigrationStep {

    ImportRowsInBlocksMigration() {
        super(11, "import rows in blocks");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        execute(connection, """
                CREATE TABLE IF NOT EXISTS prospect_import_blocks (
                    import_id    VARCHAR(24) NOT NULL,
                    last_row     BIGINT      NOT NULL,
                    row_count    INTEGER     NOT NULL,
                    encoded_rows BYTEA       NOT NULL,
                    PRIMARY KEY (import_id, last_row),
                    CONSTRAINT prospect_import_blocks_import_known FOREIGN KEY (import_id)
                        REFERENCES prospect_imports (id) ON DELETE CASCADE
                )""");
        // H2 commits each DDL statement: while the old table is there its rows are still to move, and
        // blocks already there are what a run stopped half-way moved (nothing else writes blocks before
        // this version is applied), so they are moved again from the start.
        if (hasTable(connection, "prospect_import_rows")) {
            execute(connection, "DELETE FROM prospect_import_blocks");
            // Not closed: closing the handle would close Flyway's connection under it.
            moveRows(Jdbi.open(connection));
            execute(connection, "DROP TABLE prospect_import_rows");
        }
    }

    /** Every waiting row, read in key order, into blocks of {@link ImportDao#ROWS_PER_BLOCK} rows of one import each. */
    private static void moveRows(Handle handle) throws SQLException {
        try (Statement read = handle.getConnection().createStatement()) {
            read.setFetchSize(ImportDao.ROWS_PER_BLOCK);
            try (ResultSet rs = read.executeQuery("SELECT import_id, row_number, linkedin_url, email, first_name, last_name, "
                    + "headline, company_name, company_domain, problem FROM prospect_import_rows ORDER BY import_id, row_number")) {
                String importId = null;
                List<ImportRow> block = new ArrayList<>(ImportDao.ROWS_PER_BLOCK);
                while (rs.next()) {
                    if (!rs.getString("import_id").equals(importId) || block.size() == ImportDao.ROWS_PER_BLOCK) {
                        flush(handle, importId, block);
                        importId = rs.getString("import_id");
                    }
                    block.add(new ImportRow(rs.getLong("row_number"), rs.getString("problem") != null
                            ? new ProspectBatch.Malformed(rs.getString("problem"))
                            : new ProspectBatch.Valid(ProspectRow.draft(rs.getString("linkedin_url"), rs.getString("email"),
                                    rs.getString("first_name"), rs.getString("last_name"), rs.getString("headline"),
                                    rs.getString("company_name"), rs.getString("company_domain")))));
                }
                flush(handle, importId, block);
            }
        }
    }

    private static void flush(Handle handle, String importId, List<ImportRow> block) {
        if (!block.isEmpty()) {
            ImportDao.insertBlock(handle, importId, block);
            block.clear();
        }
    }
}

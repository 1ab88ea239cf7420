package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.command.ImportRow;
import io.audiences.application.contract.Fixtures;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.prospect.Company;
import io.audiences.domain.prospect.Email;
import io.audiences.domain.prospect.ImportId;
import io.audiences.domain.prospect.ProspectBatch;
import io.audiences.domain.prospect.ProspectDraft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Rows that imports were waiting to take when the schema was at version 10, one table row each, are
 * there in blocks after the upgrade, in order and unchanged, so the imports go on where they were;
 * an upgrade that stopped half-way (H2 commits each DDL statement) runs again to the end.
 */
class ImportRowsInBlocksMigrationIT {

    private static final String RUNNING = "aaaaaaaaaaaaaaaaaaaaaaa1";
    private static final String CANCELLED = "aaaaaaaaaaaaaaaaaaaaaaa2";

    @Test
    void onH2() throws Exception {
        try (TestDatabase database = TestDatabase.h2("jdbc:h2:mem:import-blocks-migration;DB_CLOSE_DELAY=-1")) {
            waitingRowsAreTakenWhereTheyWere(database.newPool());
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (Postgres postgres = Postgres.start(); TestDatabase database = postgres.database()) {
            waitingRowsAreTakenWhereTheyWere(database.newPool());
        }
    }

    private static void waitingRowsAreTakenWhereTheyWere(DataSource pool) throws Exception {
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").javaMigrations(new KeptOutcomesMigration())
                .target("9").load().migrate();
        AudiencesDatabase database = AudiencesDatabase.on(pool);
        AccountGroup group = Fixtures.accountGroup(Plan.ENTERPRISE, true);
        database.accountGroups().insert(group);
        Audience audience = Fixtures.audience(group.id(), "Imported", "on_demand", Instant.now());
        database.audiences().add(group.id(), audience.nameKey(), snapshot -> audience);
        // A running import whose first 100 rows were taken, and a cancelled one whose rows the sweep had yet to drop.
        List<ImportRow> waiting = LongStream.rangeClosed(101, 1_300).mapToObj(ImportRowsInBlocksMigrationIT::row).toList();
        Jdbi jdbi = Jdbi.create(pool);
        jdbi.useHandle(handle -> {
            insertImport(handle, RUNNING, audience, "running", 100, false);
            insertImport(handle, CANCELLED, audience, "cancelled", 0, true);
            insertVersion10Rows(handle, RUNNING, waiting);
            insertVersion10Rows(handle, CANCELLED, LongStream.rangeClosed(1, 3).mapToObj(ImportRowsInBlocksMigrationIT::row).toList());
            // What a first run that stopped after moving a block left behind.
            handle.execute("""
                    CREATE TABLE prospect_import_blocks (import_id VARCHAR(24) NOT NULL, last_row BIGINT NOT NULL,
                        row_count INTEGER NOT NULL, encoded_rows BYTEA NOT NULL,
                        PRIMARY KEY (import_id, last_row),
                        CONSTRAINT prospect_import_blocks_import_known FOREIGN KEY (import_id)
                            REFERENCES prospect_imports (id) ON DELETE CASCADE)""");
            ImportDao.insertBlock(handle, RUNNING, waiting.subList(0, ImportDao.ROWS_PER_BLOCK));
        });

        assertThat(database.migrate()).as("versions 10 and 11").isEqualTo(2);

        List<ImportRow> taken = new ArrayList<>();
        for (List<ImportRow> step = database.imports().rowsAfter(new ImportId(RUNNING), 100, 500); !step.isEmpty();
                step = database.imports().rowsAfter(new ImportId(RUNNING), step.get(step.size() - 1).number(), 500)) {
            assertThat(step).hasSizeLessThanOrEqualTo(500);
            taken.addAll(step);
        }
        assertThat(taken).isEqualTo(waiting);
        assertThat(database.imports().dropRowsOfFinished(1_000)).as("the cancelled import's rows").isEqualTo(3);
        int blocks = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM prospect_import_blocks WHERE import_id = :id")
                .bind("id", RUNNING).mapTo(Integer.class).one());
        assertThat(blocks).as("1,200 rows in blocks of %d", ImportDao.ROWS_PER_BLOCK).isEqualTo(3);
        boolean oldTableThere = jdbi.withHandle(handle -> MigrationStatements.hasTable(handle.getConnection(), "prospect_import_rows"));
        assertThat(oldTableThere).isFalse();
    }

    /** Rows of every kind: all fields, an email alone, a company without a domain, a malformed row. */
    private static ImportRow row(long number) {
        return new ImportRow(number, switch ((int) (number % 4)) {
            case 0 -> new ProspectBatch.Valid(ProspectDraft.of(Map.of("linkedinUrl", "https://www.linkedin.com/in/p-" + number,
                    "email", "p" + number + "@acme.io", "firstName", "Zoë", "lastName", "Ångström " + number,
                    "headline", "Head of 販売", "company.name", "Acme", "company.domain", "acme.io")));
            case 1 -> new ProspectBatch.Valid(ProspectDraft.of(Map.of("email", "p" + number + "@acme.io")));
            case 2 -> new ProspectBatch.Valid(new ProspectDraft(null, new Email("q" + number + "@acme.io"),
                    null, null, null, new Company("Initech", null)));
            default -> new ProspectBatch.Malformed("email: is not an email address (row " + number + ")");
        });
    }

    private static void insertImport(Handle handle, String id, Audience audience, String status, long rowsRead, boolean rowsLeft) {
        handle.createUpdate("INSERT INTO prospect_imports (id, audience_id, format, status, rows_read, added, already_present, "
                        + "rejected, created_at, rows_left) VALUES (:id, :audienceId, 'csv', :status, :rowsRead, 0, 0, 0, "
                        + "CURRENT_TIMESTAMP, :rowsLeft)")
                .bind("id", id).bind("audienceId", audience.id().value()).bind("status", status).bind("rowsRead", rowsRead)
                .bind("rowsLeft", rowsLeft).execute();
    }

    /** Rows as version 10 stored them: one table row each, a valid prospect's fields or what was wrong with it. */
    private static void insertVersion10Rows(Handle handle, String importId, List<ImportRow> rows) {
        for (ImportRow row : rows) {
            ProspectDraft draft = row.item() instanceof ProspectBatch.Valid valid ? valid.draft() : null;
            handle.createUpdate("INSERT INTO prospect_import_rows (import_id, row_number, linkedin_url, email, first_name, "
                            + "last_name, headline, company_name, company_domain, problem) VALUES (:importId, :row, :linkedinUrl, "
                            + ":email, :firstName, :lastName, :headline, :companyName, :companyDomain, :problem)")
                    .bind("importId", importId).bind("row", row.number())
                    .bind("linkedinUrl", draft == null || draft.linkedinUrl() == null ? null : draft.linkedinUrl().url())
                    .bind("email", draft == null || draft.email() == null ? null : draft.email().value())
                    .bind("firstName", draft == null ? null : draft.firstName())
                    .bind("lastName", draft == null ? null : draft.lastName())
                    .bind("headline", draft == null ? null : draft.headline())
                    .bind("companyName", draft == null || draft.company() == null ? null : draft.company().name())
                    .bind("companyDomain", draft == null || draft.company() == null ? null : draft.company().domain())
                    .bind("problem", draft == null ? ((ProspectBatch.Malformed) row.item()).details() : null)
                    .execute();
        }
    }
}

package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.command.ImportRow;
import io.audiences.application.contract.Fixtures;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.prospect.ImportFormat;
import io.audiences.domain.prospect.ImportId;
import io.audiences.domain.prospect.ProspectBatch;
import io.audiences.domain.prospect.ProspectDraft;
import io.audiences.domain.prospect.ProspectImport;
import java.time.Instant;
import java.util.Map;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * A cancelled import leaves its rows to the sweep, which drops them whole blocks at a time (at least
 * one, as many as fit the limit) and then forgets the import (found by an index, not by scanning every
 * import); a queued import's rows stay.
 */
class ImportRowsCleanupIT {

    private static void cancelledRowsAreDroppedInChunksAndQueuedOnesKept(DataSource pool) {
        AudiencesDatabase database = AudiencesDatabase.on(pool);
        database.migrate();
        ProspectImport cancelled = imported(database, 2 * ImportDao.ROWS_PER_BLOCK + 200);
        ProspectImport queued = imported(database, 5);
        database.imports().cancel(groupOf(pool, cancelled), cancelled.audienceId(), cancelled.id(), Instant.now());

        assertThat(database.imports().dropRowsOfFinished(20)).as("one block, more than the limit")
                .isEqualTo(ImportDao.ROWS_PER_BLOCK);
        assertThat(database.imports().dropRowsOfFinished(ImportDao.ROWS_PER_BLOCK + 199)).as("the blocks that fit")
                .isEqualTo(ImportDao.ROWS_PER_BLOCK);
        assertThat(database.imports().dropRowsOfFinished(1000)).isEqualTo(200);
        assertThat(database.imports().dropRowsOfFinished(1000)).isZero();

        Jdbi sql = Jdbi.create(pool);
        assertThat(rows(sql, cancelled.id())).isZero();
        assertThat(rows(sql, queued.id())).isEqualTo(5);
        int withRowsLeft = sql.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM prospect_imports WHERE rows_left")
                .mapTo(Integer.class).one());
        assertThat(withRowsLeft).isZero();
    }

    private static ProspectImport imported(AudiencesDatabase database, int rows) {
        AccountGroup group = Fixtures.accountGroup(Plan.ENTERPRISE, true);
        database.accountGroups().insert(group);
        Audience audience = Fixtures.audience(group.id(), "Imported", "on_demand", Instant.now());
        database.audiences().add(group.id(), audience.nameKey(), snapshot -> audience);
        return database.imports().add(group.id(), ProspectImport.queued(new ImportId(Fixtures.newHexId()), audience.id(),
                ImportFormat.CSV, Instant.now()), LongStream.rangeClosed(1, rows)
                .mapToObj(row -> new ImportRow(row, new ProspectBatch.Valid(ProspectDraft.of(Map.of("email", "p" + row + "@acme.io")))))
                .iterator());
    }

    private static io.audiences.domain.accountgroup.AccountGroupId groupOf(DataSource pool, ProspectImport imported) {
        return new io.audiences.domain.accountgroup.AccountGroupId(Jdbi.create(pool).withHandle(handle -> handle.createQuery(
                "SELECT account_group_id FROM audiences WHERE id = :id").bind("id", imported.audienceId().value())
                .mapTo(String.class).one()));
    }

    private static int rows(Jdbi sql, ImportId importId) {
        return sql.withHandle(handle -> handle.createQuery("SELECT COALESCE(SUM(row_count), 0) FROM prospect_import_blocks WHERE import_id = :id")
                .bind("id", importId.value()).mapTo(Integer.class).one());
    }

    @Test
    void onH2() {
        try (TestDatabase h2 = TestDatabase.h2("jdbc:h2:mem:import-cleanup;DB_CLOSE_DELAY=-1")) {
            cancelledRowsAreDroppedInChunksAndQueuedOnesKept(h2.newPool());
        }
    }

    @Test
    void onPostgresql() {
        try (Postgres postgres = Postgres.start(); TestDatabase database = postgres.database()) {
            cancelledRowsAreDroppedInChunksAndQueuedOnesKept(database.newPool());
        }
    }
}

package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.SecureRandomIdSource;
import io.audiences.application.UseCases;
import io.audiences.application.command.ImportRow;
import io.audiences.application.contract.Fixtures;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import io.audiences.domain.prospect.ImportFormat;
import io.audiences.domain.prospect.ImportId;
import io.audiences.domain.prospect.ImportState;
import io.audiences.domain.prospect.ProspectBatch;
import io.audiences.domain.prospect.ProspectDraft;
import io.audiences.domain.prospect.ProspectImport;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * db-scheduler works the imports of a real database: an import stored without its enqueue (lost
 * between the import's commit and the queue's) is found by the sweep and worked to its end.
 */
class DbSchedulerImportQueueIT {

    private static void anImportWhoseEnqueueWasLostIsWorkedAnyway(AudiencesDatabase database) throws Exception {
        database.migrate();
        UseCases useCases = UseCases.over(database, Clock.systemUTC(), new SecureRandomIdSource(), PlanCatalog.defaults());
        AccountGroup group = Fixtures.accountGroup(Plan.ENTERPRISE, true);
        database.accountGroups().insert(group);
        Audience audience = Fixtures.audience(group.id(), "Imported", "on_demand", Instant.now());
        database.audiences().add(group.id(), audience.nameKey(), snapshot -> audience);
        DbSchedulerImportQueue queue = database.importQueue();
        queue.start(1);
        try {
            ProspectImport queued = database.imports().add(group.id(), ProspectImport.queued(new ImportId(Fixtures.newHexId()),
                    audience.id(), ImportFormat.CSV, Instant.now()), LongStream.rangeClosed(1, 300)
                    .mapToObj(row -> new ImportRow(row, new ProspectBatch.Valid(ProspectDraft.of(Map.of("email", "p" + row + "@acme.io")))))
                    .iterator());

            ProspectImport seen = queued;
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (seen.state().isActive() && System.nanoTime() < giveUp) {
                Thread.sleep(100);
                seen = useCases.getImport().get(group.id(), audience.id(), queued.id());
            }

            assertThat(seen.state()).isEqualTo(ImportState.COMPLETED);
            assertThat(seen.added()).isEqualTo(300);
        } finally {
            queue.stop();
        }
    }

    @Test
    void onH2() throws Exception {
        try (TestDatabase h2 = TestDatabase.h2("jdbc:h2:mem:import-queue;DB_CLOSE_DELAY=-1")) {
            anImportWhoseEnqueueWasLostIsWorkedAnyway(AudiencesDatabase.on(h2.newPool()));
        }
    }

    @Test
    void onPostgresql() throws Exception {
        try (Postgres postgres = Postgres.start(); TestDatabase database = postgres.database()) {
            anImportWhoseEnqueueWasLostIsWorkedAnyway(AudiencesDatabase.on(database.newPool()));
        }
    }
}

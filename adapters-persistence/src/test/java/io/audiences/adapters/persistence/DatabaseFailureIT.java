package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.StorageException;
import io.audiences.application.contract.Fixtures;
import io.audiences.domain.AccountGroup;
import io.audiences.domain.Audience;
import io.audiences.domain.Plan;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * A real PostgreSQL stopped under the service: creations fail with the one storage exception,
 * nothing is half-written, and the service recovers once the database is back.
 */
class DatabaseFailureIT {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long rows(TestDatabase database, String table) {
        return Jdbi.create(database.newPool()).withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Test
    void aStoppedDatabaseFailsCreationsCleanlyAndTheNextCreateAfterARestartSucceeds() throws Exception {
        Path dataDirectory = Files.createTempDirectory("audiences-pg-");
        int port = freePort();
        Postgres postgres = Postgres.start(dataDirectory, port);
        TestDatabase database = postgres.database();
        AudiencesDatabase audiences = database.migrated();
        AccountGroup group = Fixtures.accountGroup(Plan.STARTER, true);
        audiences.accountGroups().insert(group);

        postgres.close();
        Audience whileDown = Fixtures.audience(group.id(), "While down", "on_demand", NOW);
        assertThatThrownBy(() -> audiences.audiences().add(group.id(), whileDown.nameKey(), snapshot -> whileDown))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> audiences.accountGroups().find(group.id())).isInstanceOf(StorageException.class);

        Postgres restarted = Postgres.start(dataDirectory, port);
        try {
            Audience afterRestart = Fixtures.audience(group.id(), "After restart", "on_demand", NOW);
            assertThat(audiences.audiences().add(group.id(), afterRestart.nameKey(), snapshot -> afterRestart))
                    .isEqualTo(afterRestart);
            assertThat(rows(database, "audiences")).isEqualTo(1);
        } finally {
            database.close();
            restarted.close();
        }
    }

    @Test
    void aDatabaseStoppedInTheMiddleOfACreationLeavesNothingHalfWritten() throws Exception {
        Path dataDirectory = Files.createTempDirectory("audiences-pg-");
        int port = freePort();
        Postgres postgres = Postgres.start(dataDirectory, port);
        TestDatabase database = postgres.database();
        AudiencesDatabase audiences = database.migrated();
        AccountGroup group = Fixtures.accountGroup(Plan.STARTER, true);
        audiences.accountGroups().insert(group);
        Audience interrupted = Fixtures.audience(group.id(), "Interrupted", "on_demand", NOW);

        // The database goes away after the rules passed, before the insert is committed.
        assertThatThrownBy(() -> audiences.audiences().add(group.id(), interrupted.nameKey(), snapshot -> {
            postgres.close();
            return interrupted;
        })).isInstanceOf(StorageException.class);

        Postgres restarted = Postgres.start(dataDirectory, port);
        try {
            assertThat(rows(database, "audiences")).isZero();
            assertThat(audiences.audiences().add(group.id(), interrupted.nameKey(), snapshot -> interrupted))
                    .isEqualTo(interrupted);
            assertThat(rows(database, "audiences")).isEqualTo(1);
        } finally {
            database.close();
            restarted.close();
        }
    }

    @Test
    void migratingTwiceAppliesNothingTheSecondTime() {
        try (TestDatabase database = TestDatabase.h2("jdbc:h2:mem:migrate-twice;DB_CLOSE_DELAY=-1")) {
            AudiencesDatabase audiences = AudiencesDatabase.on(database.newPool());

            assertThat(audiences.migrate()).isEqualTo(1);
            assertThat(audiences.migrate()).isZero();
        }
    }

    @Test
    void anUnreachableDatabaseIsAStorageException() {
        TestDatabase nowhere = new TestDatabase("org.postgresql.Driver", "jdbc:postgresql://127.0.0.1:1/none", "x", "");
        org.apache.tomcat.jdbc.pool.DataSource pool = nowhere.newPool();
        pool.setMaxWait(1_000);

        assertThatThrownBy(() -> AudiencesDatabase.on(pool)).isInstanceOf(StorageException.class);
        nowhere.close();
    }
}

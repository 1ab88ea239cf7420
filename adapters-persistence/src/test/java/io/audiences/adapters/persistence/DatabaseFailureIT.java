package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.StorageException;
import io.audiences.application.contract.Fixtures;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.plan.Plan;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real PostgreSQL stopped under the service: creations fail with the one storage exception,
 * nothing is half-written, and the service recovers once the database is back.
 */
class DatabaseFailureIT {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private Path dataDirectory;
    private int port;
    private Postgres postgres;
    private TestDatabase database;
    private AudiencesDatabase audiences;
    private AccountGroup group;

    @BeforeEach
    void startWithOneAccountGroup() throws IOException {
        dataDirectory = Files.createTempDirectory("audiences-pg-");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        postgres = Postgres.start(dataDirectory, port);
        database = postgres.database();
        audiences = database.migrated();
        group = Fixtures.accountGroup(Plan.STARTER, true);
        audiences.accountGroups().insert(group);
    }

    @AfterEach
    void stop() {
        database.close();
        postgres.close();
    }

    /** Starts the same server again, on its data directory and port. */
    private void restart() {
        postgres = Postgres.start(dataDirectory, port);
    }

    private long audienceRows() {
        return Jdbi.create(database.newPool()).withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM audiences").mapTo(Long.class).one());
    }

    private Audience add(Audience audience) {
        return audiences.audiences().add(group.id(), audience.nameKey(), snapshot -> audience);
    }

    @Test
    void aStoppedDatabaseFailsCreationsCleanlyAndTheNextCreateAfterARestartSucceeds() {
        postgres.close();
        Audience whileDown = Fixtures.audience(group.id(), "While down", "on_demand", NOW);

        assertThatThrownBy(() -> add(whileDown)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> audiences.accountGroups().find(group.id())).isInstanceOf(StorageException.class);

        restart();
        Audience afterRestart = Fixtures.audience(group.id(), "After restart", "on_demand", NOW);
        assertThat(add(afterRestart)).isEqualTo(afterRestart);
        assertThat(audienceRows()).isEqualTo(1);
    }

    @Test
    void aDatabaseStoppedInTheMiddleOfACreationLeavesNothingHalfWritten() {
        Audience interrupted = Fixtures.audience(group.id(), "Interrupted", "on_demand", NOW);

        // The database goes away after the rules passed, before the insert is committed.
        assertThatThrownBy(() -> audiences.audiences().add(group.id(), interrupted.nameKey(), snapshot -> {
            postgres.close();
            return interrupted;
        })).isInstanceOf(StorageException.class);

        restart();
        assertThat(audienceRows()).isZero();
        assertThat(add(interrupted)).isEqualTo(interrupted);
        assertThat(audienceRows()).isEqualTo(1);
    }
}

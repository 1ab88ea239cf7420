package io.audiences.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two service processes on one real PostgreSQL server. */
class PostgresTwoProcessesIdempotencyIT extends TwoProcessesIdempotencyContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    String databaseYaml(Path workingDirectory) {
        return TestConfigurations.postgresDatabase(postgres.getPort(), "postgres");
    }
}

package io.audiences.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Kill -9 of the service on a real PostgreSQL server, which keeps running. */
class PostgresCrashDurabilityIT extends CrashDurabilityContract {

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

    @Override
    DataSource directAccess(Path workingDirectory) {
        return postgres.getPostgresDatabase();
    }
}

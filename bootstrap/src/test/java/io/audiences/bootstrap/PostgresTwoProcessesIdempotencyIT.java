package io.audiences.bootstrap;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two service processes on one real PostgreSQL server. */
class PostgresTwoProcessesIdempotencyIT extends TwoProcessesIdempotencyContract {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    @Override
    String databaseYaml(Path workingDirectory) {
        return TestConfigurations.postgresDatabase(POSTGRES.server().getPort(), "postgres");
    }
}

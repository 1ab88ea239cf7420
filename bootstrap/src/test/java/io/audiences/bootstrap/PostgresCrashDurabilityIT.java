package io.audiences.bootstrap;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Kill -9 of the service on a real PostgreSQL server, which keeps running. */
class PostgresCrashDurabilityIT extends CrashDurabilityContract {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    @Override
    String databaseYaml(Path workingDirectory) {
        return TestConfigurations.postgresDatabase(POSTGRES.server().getPort(), "postgres");
    }

    @Override
    DataSource directAccess(Path workingDirectory) {
        return POSTGRES.server().getPostgresDatabase();
    }
}

package io.audiences.bootstrap;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Kill -9 mid-import of one of two instances on one PostgreSQL: the other takes the import over. */
class PostgresImportCrashIT extends ImportCrashContract {

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

    @Override
    boolean secondInstance() {
        return true;
    }

    @Override
    JarProcess takeOver(JarProcess killed, JarProcess other) {
        return other;
    }
}

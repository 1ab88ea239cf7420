package io.audiences.bootstrap;

import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The commands on a real PostgreSQL server, reached by URL: a fresh database per test. */
class PostgresOperatorCommandsIT extends OperatorCommandsContract {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    private String database;

    @Override
    String databaseYaml(java.nio.file.Path directory) {
        database = "audiences_" + UUID.randomUUID().toString().replace("-", "");
        Jdbi.create(POSTGRES.server().getPostgresDatabase()).useHandle(handle -> handle.execute("CREATE DATABASE " + database));
        return TestConfigurations.postgresDatabase(POSTGRES.server().getPort(), database);
    }
}

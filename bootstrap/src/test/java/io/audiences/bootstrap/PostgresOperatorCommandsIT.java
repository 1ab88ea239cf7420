package io.audiences.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The commands on a real PostgreSQL server, reached by URL: a fresh database per test. */
class PostgresOperatorCommandsIT extends OperatorCommandsContract {

    private static EmbeddedPostgres postgres;
    private String database;

    @BeforeAll
    static void start() {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    String databaseYaml() {
        database = "audiences_" + UUID.randomUUID().toString().replace("-", "");
        Jdbi.create(postgres.getPostgresDatabase()).useHandle(handle -> handle.execute("CREATE DATABASE " + database));
        return TestConfigurations.postgresDatabase(postgres.getPort(), database);
    }
}

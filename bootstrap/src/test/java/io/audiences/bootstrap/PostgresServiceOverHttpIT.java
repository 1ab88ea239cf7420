package io.audiences.bootstrap;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class PostgresServiceOverHttpIT extends ServiceOverHttpContract {

    private static final EmbeddedPostgres POSTGRES = TestPostgres.start();
    private static final DropwizardAppExtension<AudiencesConfiguration> APP = ServiceUnderTest.on(
            "org.postgresql.Driver", POSTGRES.getJdbcUrl("postgres", "postgres"), "postgres",
            ServiceUnderTest.NO_RATE_LIMIT);
    private static final DropwizardAppExtension<AudiencesConfiguration> SECOND = ServiceUnderTest.on(
            "org.postgresql.Driver", POSTGRES.getJdbcUrl("postgres", "postgres"), "postgres",
            ServiceUnderTest.NO_RATE_LIMIT);

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Override
    int port() {
        return APP.getLocalPort();
    }

    @Override
    int secondPort() {
        return SECOND.getLocalPort();
    }

    @Override
    DataSource database() {
        return POSTGRES.getPostgresDatabase();
    }
}

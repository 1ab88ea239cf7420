package io.audiences.bootstrap;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract and its races with both instances reaching PostgreSQL through PgBouncer in
 * transaction pooling mode, as production teams deploy it: each instance migrates the database
 * at start through it, and no statement may rely on a server connection's session (a prepared
 * statement, a {@code SET}, an advisory lock held between transactions).
 */
@EnabledIf("io.audiences.bootstrap.TestPgBouncer#installed")
@ExtendWith(DropwizardExtensionsSupport.class)
class PgBouncerServiceOverHttpIT extends ServiceOverHttpContract {

    private static final EmbeddedPostgres POSTGRES = TestPostgres.start();
    private static final TestPgBouncer PGBOUNCER = TestPgBouncer.inFrontOf(POSTGRES.getPort());
    private static final DropwizardAppExtension<AudiencesConfiguration> APP = ServiceUnderTest.on(
            "org.postgresql.Driver", PGBOUNCER.jdbcUrl(), "postgres", ServiceUnderTest.NO_RATE_LIMIT);
    private static final DropwizardAppExtension<AudiencesConfiguration> SECOND = ServiceUnderTest.on(
            "org.postgresql.Driver", PGBOUNCER.jdbcUrl(), "postgres", ServiceUnderTest.NO_RATE_LIMIT);

    @AfterAll
    static void stop() throws IOException {
        PGBOUNCER.close();
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

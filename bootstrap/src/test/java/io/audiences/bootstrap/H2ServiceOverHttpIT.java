package io.audiences.bootstrap;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class H2ServiceOverHttpIT extends ServiceOverHttpContract {

    private static final String URL = "jdbc:h2:file:" + temporaryDirectory().resolve("audiences") + ";AUTO_SERVER=TRUE";
    private static final DropwizardAppExtension<AudiencesConfiguration> APP = ServiceUnderTest.on("org.h2.Driver", URL, "sa");
    private static final DropwizardAppExtension<AudiencesConfiguration> SECOND = ServiceUnderTest.on("org.h2.Driver", URL, "sa");

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("audiences-race");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        return dataSource;
    }
}

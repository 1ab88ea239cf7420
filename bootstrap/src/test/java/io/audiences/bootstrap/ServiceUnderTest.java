package io.audiences.bootstrap;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The service in-process (Dropwizard's test support) on a database chosen by URL, on random ports. */
final class ServiceUnderTest {

    private ServiceUnderTest() {
    }

    static DropwizardAppExtension<AudiencesConfiguration> on(String driverClass, String url, String user,
            ConfigOverride... more) {
        try {
            Path config = Files.createTempFile("audiences", ".yml");
            Files.writeString(config, TestConfigurations.RANDOM_PORTS);
            List<ConfigOverride> overrides = new ArrayList<>(List.of(
                    ConfigOverride.config("database.driverClass", driverClass),
                    ConfigOverride.config("database.url", url),
                    ConfigOverride.config("database.user", user),
                    ConfigOverride.config("database.password", ""),
                    ConfigOverride.config("logging.level", "WARN")));
            overrides.addAll(List.of(more));
            return new DropwizardAppExtension<>(AudiencesApplication.class, config.toString(),
                    overrides.toArray(ConfigOverride[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

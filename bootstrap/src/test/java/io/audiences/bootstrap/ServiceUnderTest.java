package io.audiences.bootstrap;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service in-process (Dropwizard's test support) on a database chosen by URL, on random ports.
 * <p>
 * Each service reads its overrides from system properties of its own prefix: Dropwizard's test
 * support sets them for the test class and restores what was there before, and two services of one
 * class torn down in the order they started would otherwise leave the first one's database URL set
 * for every later test of this JVM (operator commands run in-process then used it).
 */
final class ServiceUnderTest {

    private static final AtomicInteger SERVICES = new AtomicInteger();

    /** A per-key limit no test of the contract reaches (its suites send a few hundred requests per key). */
    static final String[] NO_RATE_LIMIT = {"rateLimit.limitForPeriod", "1000000"};

    private ServiceUnderTest() {
    }

    /** @param more further settings, as pairs: a key of the configuration, then its value */
    static DropwizardAppExtension<AudiencesConfiguration> on(String driverClass, String url, String user, String... more) {
        try {
            Path config = Files.createTempFile("audiences", ".yml");
            Files.writeString(config, TestConfigurations.RANDOM_PORTS);
            String prefix = "audiences-test-" + SERVICES.incrementAndGet() + ".";
            List<String> settings = new ArrayList<>(List.of("database.driverClass", driverClass, "database.url", url,
                    "database.user", user, "database.password", "", "logging.level", "WARN"));
            settings.addAll(List.of(more));
            List<ConfigOverride> overrides = new ArrayList<>();
            for (int i = 0; i < settings.size(); i += 2) {
                overrides.add(ConfigOverride.config(prefix, settings.get(i), settings.get(i + 1)));
            }
            return new DropwizardAppExtension<>(AudiencesApplication.class, config.toString(), prefix,
                    overrides.toArray(ConfigOverride[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

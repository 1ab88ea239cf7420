package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample configurations in {@code config/} are what the service accepts, checked by its own {@code check} command. */
class SampleConfigurationsIT {

    private static final Path CONFIG = Path.of("../config").toAbsolutePath().normalize();

    @TempDir
    Path workingDirectory;

    @Test
    void theH2SampleIsValid() {
        JarProcess.Result result = JarProcess.run(workingDirectory, "check", CONFIG.resolve("h2.yml").toString());

        assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
        assertThat(result.stdout() + result.stderr()).contains("Configuration is OK");
    }

    @Test
    void thePostgresqlSampleIsValidWithItsVariablesAndNamesTheFirstOneMissing() {
        Map<String, String> environment = Map.of("DATABASE_URL", "jdbc:postgresql://db:5432/audiences",
                "DATABASE_USER", "audiences", "DATABASE_PASSWORD", "secret",
                "CURSOR_SECRET", "0123456789abcdef0123456789abcdef");
        JarProcess.Result withVariables = JarProcess.run(workingDirectory, environment, "check",
                CONFIG.resolve("postgresql.yml").toString());
        JarProcess.Result without = JarProcess.run(workingDirectory, "check", CONFIG.resolve("postgresql.yml").toString());

        assertThat(withVariables.exitCode()).as(withVariables.stdout() + withVariables.stderr()).isZero();
        assertThat(without.exitCode()).isNotZero();
        assertThat(without.stdout() + without.stderr()).contains("DATABASE_URL");
    }
}

package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.UndefinedEnvironmentVariableException;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentVariablesTest {

    private static final String FILE = """
            database:
              url: ${DATABASE_URL}
              user: ${DATABASE_USER}
              password: ${DATABASE_PASSWORD}
            pagination:
              cursorSecret: ${CURSOR_SECRET:-a default}
            description: $${LITERAL}
            again: ${DATABASE_URL}
            """;

    private static EnvironmentVariables over(Map<String, String> environment) {
        return new EnvironmentVariables(path -> new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), environment::get);
    }

    @Test
    void everyUnsetVariableIsNamedInOneMessage() {
        assertThatThrownBy(() -> over(Map.of("DATABASE_USER", "audiences")).open("production.yml"))
                .isInstanceOf(UndefinedEnvironmentVariableException.class)
                .hasMessage("production.yml uses environment variables that are not set: DATABASE_URL, DATABASE_PASSWORD");
    }

    @Test
    void setVariablesDefaultsAndEscapesAreSubstitutedAsDropwizardDoes() throws IOException {
        String read = new String(over(Map.of("DATABASE_URL", "jdbc:postgresql://db/a", "DATABASE_USER", "u", "DATABASE_PASSWORD", "p"))
                .open("production.yml").readAllBytes(), StandardCharsets.UTF_8);

        assertThat(read).contains("url: jdbc:postgresql://db/a", "user: u", "password: p", "cursorSecret: a default",
                "description: ${LITERAL}", "again: jdbc:postgresql://db/a");
    }

    @Test
    void theServerSaysWhatIsWrongWithItsConfigurationInOneLine() {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        AudiencesApplication application = new AudiencesApplication();
        Cli cli = new Cli(new JarLocation(getClass()), new Bootstrap<>(application), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));

        new AudiencesServerCommand(application).onError(cli, null,
                new UndefinedEnvironmentVariableException("production.yml uses environment variables that are not set: A, B"));

        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .isEqualTo("INVALID_CONFIGURATION: production.yml uses environment variables that are not set: A, B" + System.lineSeparator());
    }
}

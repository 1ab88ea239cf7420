package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.audiences.adapters.rest.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service with a configuration file that has {@code server:} and {@code logging:} blocks
 * of its own, as nearly every deployment's does: the lines written for a request still carry its
 * trace id, in text and in JSON. And a file naming an unset environment variable does not start.
 */
class LogLinesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workingDirectory;

    private Path configuration(String logging) throws IOException {
        Path config = workingDirectory.resolve("config.yml");
        Files.writeString(config, TestConfigurations.H2_FILE_DATABASE + TestConfigurations.RANDOM_PORTS + """
                  requestLog:
                    appenders:
                      - type: console
                logging:
                  level: INFO
                  appenders:
                """ + logging);
        return config;
    }

    @Test
    void textLogLinesOfARequestCarryItsTraceIdWithTheFilesOwnServerAndLoggingBlocks() throws Exception {
        Path config = configuration("    - type: console\n      threshold: INFO\n");
        String[] groupAndKey = seed(config);

        try (JarProcess server = JarProcess.startServer(workingDirectory, List.of(), config.toString())) {
            String traceId = create(server, groupAndKey);

            String created = awaitLine(server, "Created audience");
            assertThat(created).contains("[trace=" + traceId + "]");
            assertThat(awaitLine(server, "POST /v1/accounts/")).contains("trace=" + traceId);
        }
    }

    @Test
    void jsonLogLinesCarryTheTraceIdAsAField() throws Exception {
        Path config = configuration("    - type: console\n      layout:\n        type: json\n");
        String[] groupAndKey = seed(config);

        try (JarProcess server = JarProcess.startServer(workingDirectory, List.of(), config.toString())) {
            String traceId = create(server, groupAndKey);

            JsonNode created = JSON.readTree(awaitLine(server, "Created audience"));
            assertThat(created.path("mdc").path("traceId").asText()).isEqualTo(traceId);
            assertThat(created.path("message").asText()).startsWith("Created audience");
        }
    }

    @Test
    void anUnsetEnvironmentVariableStopsTheStartNamingIt() throws Exception {
        Path config = workingDirectory.resolve("config.yml");
        Files.writeString(config, "pagination:\n  cursorSecret: ${AUDIENCES_TEST_UNSET_SECRET}\n");

        JarProcess.Result result = JarProcess.run(workingDirectory, "check", config.toString());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stdout() + result.stderr()).contains("AUDIENCES_TEST_UNSET_SECRET");
    }

    private String[] seed(Path config) {
        JsonNode group = command(config, "create-account-group", "--name", "Logs", "--plan", "starter");
        JsonNode key = command(config, "create-api-key", "--account-group", group.get("id").asText(),
                "--permission", "audiences:write");
        return new String[] {group.get("id").asText(), key.get("key").asText()};
    }

    private JsonNode command(Path config, String... args) {
        JarProcess.Result result = JarProcess.run(workingDirectory,
                Stream.concat(Stream.of(args), Stream.of(config.toString())).toArray(String[]::new));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return OperatorCommandsContract.oneJsonLine(result);
    }

    private static String create(JarProcess server, String[] groupAndKey) {
        Http.Reply reply = new Http(server.port()).postJson("/v1/accounts/" + groupAndKey[0] + "/audiences", groupAndKey[1],
                "{\"name\":\"Logged\",\"type\":\"on_demand\"}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.header("X-Trace-Id");
    }

    /** The first line of the server's output containing {@code text}, waiting for it a while. */
    private static String awaitLine(JarProcess server, String text) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var line = server.stdout().lines().filter(candidate -> candidate.contains(text)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line with \"" + text + "\" in:\n" + server.stdout());
    }
}

package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.audiences.adapters.rest.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator commands of the packaged jar, run as real processes against a real database, also
 * while the service runs on it. Subclasses choose the database.
 */
abstract class OperatorCommandsContract {

    @TempDir
    Path workingDirectory;

    Path config;

    /** The {@code database:} block of the configuration. */
    abstract String databaseYaml();

    @BeforeEach
    void writeConfiguration() throws IOException {
        config = workingDirectory.resolve("config.yml");
        Files.writeString(config, databaseYaml() + TestConfigurations.RANDOM_PORTS);
    }

    private JarProcess.Result run(String... args) {
        String[] withConfig = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of(config.toString()))
                .toArray(String[]::new);
        return JarProcess.run(workingDirectory, withConfig);
    }

    /** A successful command: exit 0 and exactly one line of JSON on standard output. */
    private JsonNode ok(String... args) {
        JarProcess.Result result = run(args);
        assertThat(result.exitCode()).as("exit of %s; stderr: %s", List.of(args), result.stderr()).isZero();
        assertThat(result.stdout().lines().toList()).as("stdout of %s", List.of(args)).hasSize(1);
        return oneJsonLine(result);
    }

    /** What a command printed: one line of JSON. */
    static JsonNode oneJsonLine(JarProcess.Result result) {
        JsonNode json = Http.parse(result.stdout());
        assertThat(json).as("one line of JSON: %s", result.stdout()).isNotNull();
        return json;
    }

    /** A failed command: non-zero exit, nothing on standard output, a message on standard error. */
    private String fails(String... args) {
        JarProcess.Result result = run(args);
        assertThat(result.exitCode()).as("exit of %s", List.of(args)).isNotZero();
        assertThat(result.stdout()).as("stdout of %s", List.of(args)).isEmpty();
        assertThat(result.stderr()).isNotBlank().doesNotContain("\tat ");
        return result.stderr();
    }

    @Test
    void migrateAppliesTheSchemaOnceAndReportsTheCount() {
        assertThat(ok("migrate").get("migrated").asInt()).isPositive();
        assertThat(ok("migrate").get("migrated").asInt()).isZero();
    }

    @Test
    void commandsChangeWhatTheRunningServiceDoesAtOnce() {
        ok("migrate");
        try (JarProcess server = JarProcess.startServer(workingDirectory, List.of(), config.toString())) {
            JsonNode group = ok("create-account-group", "--name", "Acme Ltd", "--plan", "tester");
            assertThat(group.fieldNames()).toIterable().containsExactly("id", "name", "plan", "linkedinConnected");
            assertThat(group.get("name").asText()).isEqualTo("Acme Ltd");
            assertThat(group.get("plan").asText()).isEqualTo("tester");
            assertThat(group.get("linkedinConnected").asBoolean()).isFalse();
            String groupId = group.get("id").asText();

            JsonNode key = ok("create-api-key", "--account-group", groupId, "--permission", "audiences:write",
                    "--permission", "audiences:read", "--label", "CRM sync");
            assertThat(key.fieldNames()).toIterable().containsExactly("id", "key", "accountGroupIds", "permissions");
            assertThat(key.get("key").asText()).matches("sk_live_[A-Za-z0-9_-]{43}");
            assertThat(key.get("accountGroupIds")).hasSize(1);
            assertThat(key.get("permissions").toString()).isEqualTo("[\"audiences:read\",\"audiences:write\"]");
            String secret = key.get("key").asText();

            assertThat(new Http(server.port()).postJson("/v1/accounts/" + groupId + "/audiences", secret, "{\"name\":\"First\",\"type\":\"on_demand\"}").status())
                    .isEqualTo(201);
            assertThat(new Http(server.port()).postJson("/v1/accounts/" + groupId + "/audiences", secret, "{\"name\":\"Watch\",\"type\":\"monitoring\"}").code())
                    .isEqualTo("MONITORING_NOT_AVAILABLE");

            JsonNode updated = ok("update-account-group", "--id", groupId, "--plan", "starter", "--linkedin-connected", "true");
            assertThat(updated.get("plan").asText()).isEqualTo("starter");
            assertThat(updated.get("linkedinConnected").asBoolean()).isTrue();
            assertThat(new Http(server.port()).postJson("/v1/accounts/" + groupId + "/audiences", secret, "{\"name\":\"Watch\",\"type\":\"monitoring\"}").status())
                    .isEqualTo(201);

            JsonNode revoked = ok("revoke-api-key", "--id", key.get("id").asText());
            assertThat(revoked.toString()).isEqualTo("{\"id\":\"" + key.get("id").asText() + "\",\"revoked\":true}");
            Http.Reply refused = new Http(server.port()).postJson("/v1/accounts/" + groupId + "/audiences", secret, "{\"name\":\"Late\",\"type\":\"on_demand\"}");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.code()).isEqualTo("INVALID_API_KEY");

            assertThat(server.stdout() + server.stderr()).doesNotContain(secret);
        }
    }

    @Test
    void badInputGivesAClearMessageAndANonZeroExit() {
        ok("migrate");
        String groupId = ok("create-account-group", "--name", "Acme", "--plan", "starter").get("id").asText();

        assertThat(fails("create-account-group", "--name", "No plan")).contains("--plan");
        assertThat(fails("create-account-group", "--name", "Gold", "--plan", "gold")).contains("invalid choice");
        assertThat(fails("create-account-group", "--name", " ", "--plan", "tester")).contains("name: must not be blank");
        assertThat(fails("update-account-group", "--id", "not-an-id", "--plan", "scale")).contains("24 lower-case hex");
        assertThat(fails("update-account-group", "--id", "ffffffffffffffffffffffff", "--plan", "scale")).contains("no account group");
        assertThat(fails("update-account-group", "--id", groupId)).contains("nothing to change");
        assertThat(fails("update-account-group", "--id", groupId, "--linkedin-connected", "maybe")).contains("invalid choice");
        assertThat(fails("create-api-key", "--account-group", "ffffffffffffffffffffffff", "--permission", "audiences:write"))
                .contains("does not exist");
        assertThat(fails("create-api-key", "--account-group", groupId, "--permission", "write everything"))
                .contains("permission");
        assertThat(fails("create-api-key", "--account-group", groupId, "--permission", "audience:write"))
                .contains("permission: must be one of: audiences:read, audiences:write");
        assertThat(fails("create-api-key", "--permission", "audiences:write")).contains("--account-group");
        assertThat(fails("revoke-api-key", "--id", "ffffffffffffffffffffffff")).contains("no API key");
    }
}

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
 * The operator commands against a real database, also while the packaged jar serves on it: run in
 * this JVM as the jar's main runs them ({@link InProcess}), except where the process itself is what a
 * test is about. Subclasses choose the database.
 */
abstract class OperatorCommandsContract {

    @TempDir
    Path workingDirectory;

    Path config;

    /** The {@code database:} block of the configuration; an embedded file goes in {@code directory}. */
    abstract String databaseYaml(Path directory);

    @BeforeEach
    void writeConfiguration() throws IOException {
        config = workingDirectory.resolve("config.yml");
        Files.writeString(config, databaseYaml(workingDirectory) + TestConfigurations.RANDOM_PORTS);
    }

    private JarProcess.Result run(String... args) {
        String[] withConfig = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of(config.toString()))
                .toArray(String[]::new);
        return InProcess.run(withConfig);
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

    /**
     * A failed command: exit {@code exitCode}, nothing on standard output, and one line on standard
     * error: {@code {"error":{"code":…,"message":…}}}.
     */
    private JsonNode fails(int exitCode, String... args) {
        JarProcess.Result result = run(args);
        assertThat(result.exitCode()).as("exit of %s; stderr: %s", List.of(args), result.stderr()).isEqualTo(exitCode);
        assertThat(result.stdout()).as("stdout of %s", List.of(args)).isEmpty();
        List<String> lines = result.stderr().lines().toList();
        assertThat(lines).as("stderr of %s", List.of(args)).hasSize(1);
        JsonNode error = Http.parse(lines.get(0));
        assertThat(error).as("the last line of stderr is JSON: %s", result.stderr()).isNotNull();
        assertThat(error.fieldNames()).toIterable().containsExactly("error");
        assertThat(error.get("error").get("message").asText()).isNotBlank().doesNotContain("\tat ");
        return error.get("error");
    }

    /** {@code fails(…)}'s error code and message, as one string to match. */
    private String failure(int exitCode, String... args) {
        JsonNode error = fails(exitCode, args);
        return error.get("code").asText() + ": " + error.get("message").asText();
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
    void failuresAreOneJsonLineWithAnExitCodeByKind() {
        ok("migrate");
        String groupId = ok("create-account-group", "--name", "Acme", "--plan", "starter").get("id").asText();
        int usage = 2;
        int refused = 3;

        JsonNode missing = fails(usage, "create-account-group", "--name", "No plan");
        assertThat(missing.get("code").asText()).isEqualTo("USAGE_ERROR");
        assertThat(missing.get("message").asText()).contains("--plan");
        assertThat(missing.get("usage").asText()).startsWith("usage: java -jar audiences.jar create-account-group");
        assertThat(failure(usage, "no-such-command")).startsWith("USAGE_ERROR: invalid choice");
        assertThat(failure(usage, "create-account-group", "--name", "Gold", "--plan", "gold")).contains("invalid choice");
        assertThat(failure(usage, "create-account-group", "--name", " ", "--plan", "tester"))
                .isEqualTo("VALIDATION_ERROR: name: must not be blank");
        assertThat(failure(usage, "update-account-group", "--id", "not-an-id", "--plan", "scale"))
                .startsWith("VALIDATION_ERROR").contains("24 lower-case hex");
        assertThat(failure(refused, "update-account-group", "--id", "ffffffffffffffffffffffff", "--plan", "scale"))
                .startsWith("NOT_FOUND: no account group");
        assertThat(failure(usage, "update-account-group", "--id", groupId)).startsWith("USAGE_ERROR: nothing to change");
        assertThat(failure(usage, "update-account-group", "--id", groupId, "--linkedin-connected", "maybe")).contains("invalid choice");
        assertThat(failure(refused, "create-api-key", "--account-group", "ffffffffffffffffffffffff", "--permission", "audiences:write"))
                .startsWith("NOT_FOUND").contains("does not exist");
        assertThat(failure(usage, "create-api-key", "--account-group", groupId, "--permission", "write everything"))
                .startsWith("VALIDATION_ERROR: permission");
        assertThat(failure(usage, "create-api-key", "--account-group", groupId, "--permission", "audience:write"))
                .isEqualTo("VALIDATION_ERROR: permission: must be one of: audiences:read, audiences:write, prospects:read, prospects:write");
        assertThat(failure(usage, "create-api-key", "--permission", "audiences:write")).contains("--account-group");
        assertThat(failure(refused, "revoke-api-key", "--id", "ffffffffffffffffffffffff")).startsWith("NOT_FOUND: no API key");
    }

    @Test
    void aBrokenConfigurationFileIsItsOwnKindOfFailure() throws IOException {
        Files.writeString(config, databaseYaml(workingDirectory) + "pagination:\n  cursorSecret: ${AUDIENCES_TEST_UNSET_SECRET}\n");

        assertThat(failure(4, "list-account-groups")).startsWith("INVALID_CONFIGURATION").contains("AUDIENCES_TEST_UNSET_SECRET");

        Files.writeString(config, databaseYaml(workingDirectory) + "rateLimits: {}\n");
        assertThat(failure(4, "list-account-groups")).startsWith("INVALID_CONFIGURATION").contains("rateLimits");
    }

    /** The process: its exit code, and nothing on its standard error but the one line (no pool's stack trace). */
    @Test
    void aDatabaseThatCannotBeReachedIsAFailure() throws IOException {
        Files.writeString(config, TestConfigurations.postgresDatabase(1, "audiences"));

        JarProcess.Result result = JarProcess.run(workingDirectory, "list-api-keys", config.toString());
        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr().lines().toList()).as(result.stderr()).hasSize(1);
        assertThat(Http.parse(result.stderr()).get("error").get("code").asText()).isEqualTo("DATABASE_ERROR");
        assertThat(failure(1, "list-api-keys")).startsWith("DATABASE_ERROR: could not reach the database");
    }

    @Test
    void listingsShowEveryGroupAndKeyButNeverASecret() {
        String zulu = ok("create-account-group", "--name", "Zulu", "--plan", "tester").get("id").asText();
        String alpha = ok("create-account-group", "--name", "Alpha", "--plan", "scale", "--linkedin-connected").get("id").asText();
        JsonNode both = ok("create-api-key", "--account-group", zulu, "--account-group", alpha,
                "--permission", "audiences:read", "--label", "reporting");
        JsonNode revoked = ok("create-api-key", "--account-group", zulu, "--permission", "audiences:write");
        ok("revoke-api-key", "--id", revoked.get("id").asText());

        JsonNode groups = ok("list-account-groups");
        assertThat(groups.fieldNames()).toIterable().containsExactly("accountGroups");
        assertThat(groups.get("accountGroups").toString()).isEqualTo("[{\"id\":\"" + alpha
                + "\",\"name\":\"Alpha\",\"plan\":\"scale\",\"linkedinConnected\":true},{\"id\":\"" + zulu
                + "\",\"name\":\"Zulu\",\"plan\":\"tester\",\"linkedinConnected\":false}]");

        JarProcess.Result listed = run("list-api-keys");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.stdout()).doesNotContain(both.get("key").asText()).doesNotContain(revoked.get("key").asText());
        JsonNode keys = oneJsonLine(listed).get("apiKeys");
        assertThat(keys).hasSize(2);
        JsonNode first = keys.get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("id", "label", "accountGroupIds", "permissions", "createdAt", "revokedAt");
        assertThat(first.get("id").asText()).isEqualTo(both.get("id").asText());
        assertThat(first.get("label").asText()).isEqualTo("reporting");
        assertThat(first.get("accountGroupIds").toString()).isEqualTo(both.get("accountGroupIds").toString());
        assertThat(first.get("permissions").toString()).isEqualTo("[\"audiences:read\"]");
        assertThat(java.time.Instant.parse(first.get("createdAt").asText())).isBefore(java.time.Instant.now());
        assertThat(first.get("revokedAt").isNull()).isTrue();
        JsonNode second = keys.get(1);
        assertThat(second.get("id").asText()).isEqualTo(revoked.get("id").asText());
        assertThat(second.get("label").isNull()).isTrue();
        assertThat(java.time.Instant.parse(second.get("revokedAt").asText()))
                .isAfterOrEqualTo(java.time.Instant.parse(second.get("createdAt").asText()));

        assertThat(ok("list-api-keys", "--account-group", alpha).get("apiKeys")).extracting(key -> key.get("id").asText())
                .containsExactly(both.get("id").asText());
    }

    @Test
    void linkedinConnectedIsSpeltAlikeOnBothCommands() {
        for (String[] spelling : new String[][] {{}, {"--linkedin-connected=false"}, {"--linkedin-connected", "false"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("create-account-group", "--name", "Off",
                    "--plan", "starter"), java.util.Arrays.stream(spelling)).toArray(String[]::new);
            assertThat(ok(args).get("linkedinConnected").asBoolean()).as(String.join(" ", spelling)).isFalse();
        }
        for (String[] spelling : new String[][] {{"--linkedin-connected"}, {"--linkedin-connected=true"},
                {"--linkedin-connected", "true"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("create-account-group", "--name", "On",
                    "--plan", "starter"), java.util.Arrays.stream(spelling)).toArray(String[]::new);
            assertThat(ok(args).get("linkedinConnected").asBoolean()).as(String.join(" ", spelling)).isTrue();
        }
        String id = ok("create-account-group", "--name", "Toggled", "--plan", "starter").get("id").asText();
        assertThat(ok("update-account-group", "--id", id, "--linkedin-connected").get("linkedinConnected").asBoolean()).isTrue();
        assertThat(ok("update-account-group", "--id", id, "--linkedin-connected=false").get("linkedinConnected").asBoolean()).isFalse();
        assertThat(ok("update-account-group", "--id", id, "--linkedin-connected", "true").get("linkedinConnected").asBoolean()).isTrue();
        assertThat(ok("update-account-group", "--linkedin-connected", "false", "--id", id).get("linkedinConnected").asBoolean()).isFalse();
    }
}

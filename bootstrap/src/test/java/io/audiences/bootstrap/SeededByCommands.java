package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An account group and a key that may use it, made with the operator commands on {@code config}'s
 * database as the jar run in {@code workingDirectory} would make them, but in this JVM
 * ({@link InProcess#runIn}): the tests that seed are about the server, not about the commands.
 */
record SeededByCommands(String group, String key) {

    /** A starter group and a key that may write audiences to it. */
    static SeededByCommands in(Path workingDirectory, Path config) {
        return in(workingDirectory, config, "starter", "audiences:write");
    }

    static SeededByCommands in(Path workingDirectory, Path config, String plan, String... permissions) {
        JsonNode group = command(workingDirectory, config, "create-account-group", "--name", "Seeded", "--plan", plan);
        List<String> createKey = new ArrayList<>(List.of("create-api-key", "--account-group", group.get("id").asText()));
        for (String permission : permissions) {
            createKey.add("--permission");
            createKey.add(permission);
        }
        JsonNode key = command(workingDirectory, config, createKey.toArray(String[]::new));
        return new SeededByCommands(group.get("id").asText(), key.get("key").asText());
    }

    private static JsonNode command(Path workingDirectory, Path config, String... args) {
        JarProcess.Result result = InProcess.runIn(workingDirectory, config, args);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return OperatorCommandsContract.oneJsonLine(result);
    }
}

package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.stream.Stream;

/** An account group and a key that may write to it, made with the jar's operator commands on {@code config}'s database. */
record SeededByCommands(String group, String key) {

    static SeededByCommands in(Path workingDirectory, Path config) {
        JsonNode group = command(workingDirectory, config, "create-account-group", "--name", "Seeded", "--plan", "starter");
        JsonNode key = command(workingDirectory, config, "create-api-key", "--account-group", group.get("id").asText(),
                "--permission", "audiences:write");
        return new SeededByCommands(group.get("id").asText(), key.get("key").asText());
    }

    private static JsonNode command(Path workingDirectory, Path config, String... args) {
        JarProcess.Result result = JarProcess.run(workingDirectory,
                Stream.concat(Stream.of(args), Stream.of(config.toString())).toArray(String[]::new));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return OperatorCommandsContract.oneJsonLine(result);
    }
}

package io.audiences.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A command line run as the jar's {@code main} runs it, but in this JVM: for tests of what a command
 * does, where starting a JVM per command would only cost time. What only the process can show (its
 * exit, everything on its standard error) is tested with {@link JarProcess}.
 */
final class InProcess {

    private InProcess() {
    }

    /**
     * Runs {@code args} followed by {@code config}, whose embedded file URLs relative to the working
     * directory ({@code jdbc:h2:file:./…}, also the default when it names no database) name the files
     * in {@code workingDirectory}, as the jar run there would.
     */
    static JarProcess.Result runIn(Path workingDirectory, Path config, String... args) {
        try {
            Path resolved = Files.createTempFile(workingDirectory, "in-process", ".yml");
            String yaml = Files.readString(config);
            if (!yaml.contains("database:")) {
                yaml += TestConfigurations.H2_FILE_DATABASE;
            }
            Files.writeString(resolved, yaml.replace("jdbc:h2:file:./", "jdbc:h2:file:" + workingDirectory.toAbsolutePath() + "/"));
            String[] withConfig = Arrays.copyOf(args, args.length + 1);
            withConfig[args.length] = resolved.toString();
            return run(withConfig);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JarProcess.Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            int exitCode = new AudiencesApplication().execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), args);
            return new JarProcess.Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("the command line " + java.util.List.of(args) + " threw", e);
        }
    }
}

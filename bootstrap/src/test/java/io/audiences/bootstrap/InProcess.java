package io.audiences.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A command line run as the jar's {@code main} runs it, but in this JVM: for tests of what a command
 * does, where starting a JVM per command would only cost time. What only the process can show (its
 * exit, everything on its standard error) is tested with {@link JarProcess}.
 */
final class InProcess {

    private InProcess() {
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

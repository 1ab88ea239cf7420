package io.audiences.bootstrap;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged jar, run as a real process the way an operator runs it. */
final class JarProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("audiences.jar", "target/audiences.jar")).toAbsolutePath();
    private static final Pattern STARTED = Pattern.compile("Started application@\\w+\\{HTTP/1.1, \\(http/1.1\\)\\}\\{[^:]+:(\\d+)\\}");
    private static final Pattern ADMIN_STARTED = Pattern.compile("Started admin@\\w+\\{HTTP/1.1, \\(http/1.1\\)\\}\\{[^:]+:(\\d+)\\}");

    /** What a finished command left behind. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private JarProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    private static List<String> commandLine(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(QuickStart.jvmOptions());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a command to its end, with no standard input. */
    static Result run(Path workingDirectory, String... args) {
        return run(workingDirectory, java.util.Map.of(), args);
    }

    /** Runs a command to its end, with no standard input and {@code environment} added to this one's. */
    static Result run(Path workingDirectory, java.util.Map<String, String> environment, String... args) {
        try {
            Path out = Files.createTempFile("audiences-out", ".txt");
            Path err = Files.createTempFile("audiences-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(commandLine(List.of(), args)).directory(workingDirectory.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("command did not finish: " + List.of(args));
                }
                return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the {@code server} command and waits until it serves. */
    static JarProcess startServer(Path workingDirectory, List<String> jvmOptions, String... args) {
        try {
            Path out = Files.createTempFile(workingDirectory, "server-out", ".txt");
            Path err = Files.createTempFile(workingDirectory, "server-err", ".txt");
            List<String> serverArgs = new ArrayList<>(List.of("server"));
            serverArgs.addAll(List.of(args));
            Process process = new ProcessBuilder(commandLine(jvmOptions, serverArgs.toArray(String[]::new)))
                    .directory(workingDirectory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            JarProcess server = new JarProcess(process, out, err);
            try {
                server.awaitStarted(Duration.ofSeconds(90));
            } catch (RuntimeException notStarted) {
                server.kill();
                throw notStarted;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitStarted(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + stdout() + stderr());
            }
            if (STARTED.matcher(stdout()).find() && stdout().contains("Started oejs.Server")) {
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException("the server did not start:\n" + stdout() + stderr());
    }

    int port() {
        return group(STARTED);
    }

    long pid() {
        return process.pid();
    }

    int adminPort() {
        return group(ADMIN_STARTED);
    }

    private int group(Pattern pattern) {
        Matcher matcher = pattern.matcher(stdout());
        if (!matcher.find()) {
            throw new IllegalStateException("no port in:\n" + stdout());
        }
        return Integer.parseInt(matcher.group(1));
    }

    String stdout() {
        return read(stdout);
    }

    String stderr() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code kill -9}: the process ends at once, with no shutdown hook and nothing flushed. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the server did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

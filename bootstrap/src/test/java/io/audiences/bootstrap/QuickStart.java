package io.audiences.bootstrap;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * JVM options that start the packaged jar in about half the time, for the tests that start it
 * (some fifty starts a build): the classes of a started server, archived once per test run
 * (AppCDS), and the C1 compiler only, which is all a short-lived process uses. Neither changes what
 * the jar does. Should the archive not be made, the jar starts without it.
 */
final class QuickStart {

    private static final Path ARCHIVE = JarProcess.JAR.resolveSibling("audiences-tests.jsa");
    private static final List<String> C1_ONLY = List.of("-XX:TieredStopAtLevel=1");
    /** An archive that does not fit is left unused without a warning on standard output. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private QuickStart() {
    }

    static List<String> jvmOptions() {
        return Holder.OPTIONS;
    }

    private static final class Holder {
        static final List<String> OPTIONS = archive()
                ? Stream.of(List.of("-XX:SharedArchiveFile=" + ARCHIVE), C1_ONLY, QUIET).flatMap(List::stream).toList()
                : C1_ONLY;
    }

    /** Starts the server once with {@code -XX:ArchiveClassesAtExit} and stops it: the archive is written as it exits. */
    private static boolean archive() {
        try {
            Files.deleteIfExists(ARCHIVE);
            Path directory = Files.createTempDirectory("audiences-cds");
            Path config = directory.resolve("config.yml");
            Files.writeString(config, TestConfigurations.RANDOM_PORTS);
            Path out = directory.resolve("out.txt");
            Process server = new ProcessBuilder(Stream.of(
                    List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:ArchiveClassesAtExit=" + ARCHIVE),
                    C1_ONLY, QUIET, List.of("-jar", JarProcess.JAR.toString(), "server", config.toString())).flatMap(List::stream).toList())
                    .directory(directory.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (server.isAlive() && System.nanoTime() < deadline && !Files.readString(out).contains("Started oejs.Server")) {
                Thread.sleep(100);
            }
            server.destroy();
            boolean stopped = server.waitFor(60, TimeUnit.SECONDS);
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            return stopped && Files.size(ARCHIVE) > 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package io.audiences.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What Linux says about a running process: its threads, open files and resident memory. */
record ProcessStats(List<String> threadNames, int openFiles, long residentKiB) {

    static ProcessStats of(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            List<String> names = new ArrayList<>();
            try (Stream<Path> tasks = Files.list(proc.resolve("task"))) {
                for (Path task : tasks.toList()) {
                    try {
                        names.add(Files.readString(task.resolve("comm")).strip());
                    } catch (NoSuchFileException ended) {
                        // the thread ended while we looked
                    }
                }
            }
            int files;
            try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
                files = (int) fds.count();
            }
            long rss = Files.readAllLines(proc.resolve("status")).stream().filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElseThrow();
            return new ProcessStats(names, files, rss);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JVM's thread dump ({@code jcmd Thread.print}), for a failure's message; what went wrong if it cannot. */
    static String threadDump(long pid) {
        try {
            return jcmd(pid, "Thread.print");
        } catch (IOException e) {
            return "no thread dump: " + e;
        }
    }

    /** What {@code jcmd PID COMMAND…} prints; given up after 30 s. */
    static String jcmd(long pid, String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        Path out = Files.createTempFile("jcmd", ".txt");
        try {
            Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!jcmd.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
                throw new IOException("jcmd " + List.of(command) + " did not answer within 30 s");
            }
            return Files.readString(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    int threads() {
        return threadNames.size();
    }

    /** Threads Jetty started outside its pool (the kernel shows the first 15 characters of a name). */
    long threadsOutsideThePool() {
        return threadNames.stream().filter(name -> name.startsWith("jetty-immediate")).count();
    }
}

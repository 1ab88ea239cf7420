package io.audiences.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PgBouncer (Debian's {@code pgbouncer} package, which {@code .ci/run} installs) in
 * transaction pooling mode in front of a PostgreSQL server: every transaction may run on another
 * server connection, as production teams run it. Test classes that need it are enabled by
 * {@link #installed()}, which prints why when it is not there.
 */
final class TestPgBouncer implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/pgbouncer");

    private final Process process;
    private final int port;
    private final Path directory;

    private TestPgBouncer(Process process, int port, Path directory) {
        this.process = process;
        this.port = port;
        this.directory = directory;
    }

    /** Whether the package is installed; says so on standard output when it is not. */
    static boolean installed() {
        if (Files.isExecutable(BINARY)) {
            return true;
        }
        System.out.println("PgBouncer tests skipped: " + BINARY + " is missing (apt-get install pgbouncer; .ci/run installs it)");
        return false;
    }

    /** PgBouncer on a free local port, pooling transactions on database {@code postgres} of the server at {@code postgresPort}. */
    static TestPgBouncer inFrontOf(int postgresPort) {
        try {
            Path directory = Files.createTempDirectory("pgbouncer", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
            int port = freePort();
            Files.writeString(directory.resolve("userlist.txt"), "\"postgres\" \"\"\n");
            Files.writeString(directory.resolve("pgbouncer.ini"), """
                    [databases]
                    postgres = host=127.0.0.1 port=%d dbname=postgres user=postgres
                    [pgbouncer]
                    listen_addr = 127.0.0.1
                    listen_port = %d
                    unix_socket_dir =
                    auth_type = trust
                    auth_file = %s
                    pool_mode = transaction
                    max_client_conn = 500
                    default_pool_size = 20
                    ignore_startup_parameters = extra_float_digits
                    logfile = %s
                    """.formatted(postgresPort, port, directory.resolve("userlist.txt"), directory.resolve("pgbouncer.log")));
            List<String> command = new ArrayList<>(List.of(BINARY.toString()));
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("-u", "nobody")); // PgBouncer refuses to run as root
                Files.writeString(directory.resolve("pgbouncer.log"), "");
                Files.setPosixFilePermissions(directory.resolve("pgbouncer.log"), PosixFilePermissions.fromString("rw-rw-rw-"));
            }
            command.add(directory.resolve("pgbouncer.ini").toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("stdout.txt").toFile()).start();
            // Also when the test class never gets to close it (its start failed): no PgBouncer outlives the build.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            TestPgBouncer bouncer = new TestPgBouncer(process, port, directory);
            bouncer.awaitListening();
            return bouncer;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PgBouncer", e);
        }
    }

    int port() {
        return port;
    }

    /** The JDBC URL of database {@code postgres} through PgBouncer. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PgBouncer stopped at once: " + output());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("PgBouncer did not listen within 10 s: " + output());
    }

    private String output() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String file : List.of("stdout.txt", "pgbouncer.log")) {
            Path path = directory.resolve(file);
            if (Files.exists(path)) {
                text.append(Files.readString(path));
            }
        }
        return text.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }
}

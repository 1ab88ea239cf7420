package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.adapters.rest.Http;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service against clients that hold its connections: slowloris (headers trickled a
 * byte at a time, which Jetty's idle timeout alone never ends) and a storm of connections three
 * times its limit, reset all at once. Meanwhile an ordinary request is served within a second, and
 * the server's connections, threads and memory stay bounded — no thread outside its pool.
 * Limits are small here (100 connections, 2 s for headers) so that the test is quick.
 */
class SlowAndManyClientsIT {

    private static final int MAX_CONNECTIONS = 100;
    private static final int MAX_THREADS = 2 * MAX_CONNECTIONS + 32;
    private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(4);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(6);

    @TempDir
    Path workingDirectory;

    private JarProcess server;
    private final List<Socket> clients = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        Path config = workingDirectory.resolve("config.yml");
        Files.writeString(config, """
                server:
                  maxThreads: %d
                  maxConnections: %d
                  requestHeaderTimeout: %ds
                  requestTimeout: %ds
                  applicationConnectors:
                    - type: http
                      port: 0
                  adminConnectors:
                    - type: http
                      port: 0
                  requestLog:
                    appenders: []
                """.formatted(MAX_THREADS, MAX_CONNECTIONS, HEADER_TIMEOUT.toSeconds(), REQUEST_TIMEOUT.toSeconds()));
        server = JarProcess.startServer(workingDirectory, List.of("-Xmx256m"), config.toString());
    }

    @AfterEach
    void stop() {
        clients.forEach(SlowAndManyClientsIT::reset);
        server.close();
    }

    @Test
    void slowlorisConnectionsAreClosedAtTheHeaderDeadlineWhileOthersAreServed() throws Exception {
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Socket socket = connect();
            socket.getOutputStream().write("GET /openapi.yaml HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            slow.add(socket);
        }
        long started = System.nanoTime();
        long deadline = started + HEADER_TIMEOUT.plusSeconds(3).toNanos();
        Thread trickler = new Thread(() -> trickle(slow, deadline), "slowloris");
        trickler.start();

        assertServedBeforeTheHeaderDeadline();

        trickler.join();
        long open = slow.stream().filter(SlowAndManyClientsIT::stillOpen).count();
        assertThat(open).as("slowloris connections still open %d s after they began",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isZero();
    }

    /**
     * A body that never finishes gets one answer at the request deadline, every time: the envelope's
     * {@code 408 REQUEST_TIMEOUT}, then the connection closes (before: sometimes a 400, sometimes a
     * close without a word).
     */
    @Test
    void aBodyThatNeverFinishesIsAnswered408AtTheRequestDeadlineThenClosed() throws Exception {
        SeededByCommands seeded = SeededByCommands.in(workingDirectory, workingDirectory.resolve("config.yml"));
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Socket socket = connect();
            socket.getOutputStream().write(("POST /v1/accounts/" + seeded.group() + "/audiences HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: Bearer " + seeded.key() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"name\":").getBytes(StandardCharsets.US_ASCII));
            stalled.add(socket);
        }

        for (Socket socket : stalled) {
            socket.setSoTimeout((int) REQUEST_TIMEOUT.plusSeconds(5).toMillis());
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 408 ").contains("\"code\":\"REQUEST_TIMEOUT\"")
                    .contains("Connection: close");
        }
    }

    @Test
    void aConnectionStormIsHeldToTheLimitWithNoThreadOutsideThePoolAndOthersAreServed() throws Exception {
        ProcessStats before = ProcessStats.of(server.pid());
        for (int i = 0; i < 3 * MAX_CONNECTIONS; i++) {
            Socket socket = connect();
            socket.getOutputStream().write("GET /openapi.yaml HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        ProcessStats during = ProcessStats.of(server.pid());

        assertServedBeforeTheHeaderDeadline();

        clients.forEach(SlowAndManyClientsIT::reset);
        clients.clear();
        List<ProcessStats> after = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            after.add(ProcessStats.of(server.pid()));
            Thread.sleep(100);
        }
        assertServedBeforeTheHeaderDeadline();

        for (ProcessStats stats : after) {
            assertThat(stats.threadsOutsideThePool()).as("threads started outside the pool").isZero();
            assertThat(stats.threads()).as("threads").isLessThanOrEqualTo(before.threads() + MAX_THREADS);
            assertThat(stats.residentKiB()).as("resident memory, KiB").isLessThan(512 * 1024);
        }
        assertThat(during.openFiles() - before.openFiles()).as("connections the server holds").isLessThanOrEqualTo(MAX_CONNECTIONS + 2);
    }

    /**
     * An ordinary client on a new connection gets its (small) answer well before the header
     * deadline would have freed a held connection for it: the port made room at once.
     */
    private void assertServedBeforeTheHeaderDeadline() {
        long started = System.nanoTime();
        Http.Reply reply = new Http(server.port()).get("/v1/accounts");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(took).as("an ordinary request").isLessThan(HEADER_TIMEOUT.multipliedBy(3).dividedBy(4));
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
        clients.add(socket);
        return socket;
    }

    /** One more header byte to every connection twice a second, until the deadline. */
    private static void trickle(List<Socket> sockets, long deadline) {
        while (System.nanoTime() < deadline) {
            for (Socket socket : sockets) {
                try {
                    socket.getOutputStream().write('a');
                } catch (IOException closedByTheServer) {
                    // what the test waits for
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Whether the server still holds the connection: no end of stream, no reset. */
    private static boolean stillOpen(Socket socket) {
        try {
            socket.setSoTimeout(50);
            InputStream in = socket.getInputStream();
            while (true) {
                if (in.read() == -1) {
                    return false;
                }
            }
        } catch (SocketTimeoutException nothingYet) {
            return true;
        } catch (IOException reset) {
            return false;
        }
    }

    private static void reset(Socket socket) {
        if (socket.isClosed()) {
            return;
        }
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

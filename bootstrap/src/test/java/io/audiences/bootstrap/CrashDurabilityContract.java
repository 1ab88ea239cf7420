package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.audiences.adapters.rest.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code 201} is a promise that the audience survives: clients create audiences while the real
 * service process is killed with {@code kill -9}; after each restart every acknowledged id is
 * there, and each account group's counters equal its rows. Subclasses choose the database.
 */
abstract class CrashDurabilityContract {

    private static final int CLIENTS = 8;
    private static final int ROUNDS = 3;

    @TempDir
    Path workingDirectory;

    private Path config;
    private JarProcess server;

    /** The {@code database:} block of the configuration. */
    abstract String databaseYaml(Path workingDirectory);

    /** The same database, for the test to read beside the service. */
    abstract DataSource directAccess(Path workingDirectory);

    /** What the database says of the crash, in the output of the {@code server} started after it. */
    void assertCrashNoticed(JarProcess server) {
    }

    @BeforeEach
    void writeConfiguration() throws IOException {
        config = workingDirectory.resolve("config.yml");
        Files.writeString(config, databaseYaml(workingDirectory) + TestConfigurations.RANDOM_PORTS + """
                rateLimit:
                  limitForPeriod: 1000000
                  refreshPeriod: 60s
                """);
    }

    @Test
    void everyAcknowledgedAudienceSurvivesKillNineAndCountersEqualRows() throws Exception {
        SeededByCommands seeded = SeededByCommands.in(workingDirectory, config, "enterprise", "audiences:write", "audiences:read");
        String group = seeded.group();
        String key = seeded.key();

        Set<String> acknowledged = new HashSet<>();
        server = JarProcess.startServer(workingDirectory, List.of(), config.toString());
        for (int round = 1; round <= ROUNDS; round++) {
            acknowledged.addAll(createUntilKilled(group, key, round));

            server = JarProcess.startServer(workingDirectory, List.of(), config.toString());
            assertCrashNoticed(server);
            Set<String> listed = listAll(server.port(), group, key);
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(listed);
            assertThat(lost).as("of %d audiences answered 201, lost in crash %d", acknowledged.size(), round).isEmpty();
            long[] countAndRows = countersAndRows(group);
            assertThat(countAndRows[0]).as("audience_count once the service is back from crash %d", round)
                    .isEqualTo(countAndRows[1]).isEqualTo(listed.size());
        }
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Eight clients create audiences; the server is killed while they do. Returns the ids answered 201. */
    private Queue<String> createUntilKilled(String group, String key, int round) throws Exception {
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (!killed.get()) {
                    String name = "Round " + round + " audience " + sequence.incrementAndGet();
                    try {
                        Http.Reply reply = new Http(server.port()).postJson("/v1/accounts/" + group + "/audiences", key, "{\"name\":\"" + name + "\",\"type\":\"on_demand\"}");
                        if (reply.status() == 201) {
                            acknowledged.add(reply.json().get("data").get("id").asText());
                        } else if (!killed.get()) {
                            unexpected.add(reply.status() + " " + reply.text());
                        }
                    } catch (RuntimeException connectionLost) {
                        if (!killed.get()) {
                            unexpected.add(connectionLost.toString());
                        }
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 100 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(ThreadLocalRandom.current().nextLong(200, 1200));
        // Should the service have stalled, what its threads were doing, before the kill erases it.
        String diagnosis = unexpected.isEmpty() ? "" : ProcessStats.threadDump(server.pid()) + "\n--- server output (end) ---\n"
                + tail(server.stdout() + server.stderr(), 200);
        killed.set(true);
        server.kill();
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(unexpected).as("answers before the kill, in round %d\n%s", round, diagnosis).isEmpty();
        assertThat(acknowledged).as("audiences created before the kill").hasSizeGreaterThanOrEqualTo(100);
        return acknowledged;
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** The group's {@code audience_count} and its number of audience rows (through the service's H2 port, for H2). */
    private long[] countersAndRows(String group) {
        return Jdbi.create(directAccess(workingDirectory)).withHandle(handle -> new long[] {
                handle.createQuery("SELECT audience_count FROM account_groups WHERE id = :id")
                        .bind("id", group).mapTo(Long.class).one(),
                handle.createQuery("SELECT COUNT(*) FROM audiences WHERE account_group_id = :id")
                        .bind("id", group).mapTo(Long.class).one()});
    }

    private static Set<String> listAll(int port, String group, String key) {
        Set<String> ids = new HashSet<>();
        String cursor = "";
        do {
            Http.Reply page = new Http(port).get("/v1/accounts/" + group + "/audiences?limit=100&cursor=" + cursor, key);
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            for (JsonNode item : page.json().get("data").get("items")) {
                ids.add(item.get("id").asText());
            }
            cursor = page.json().get("data").get("nextCursor").asText("");
        } while (!cursor.isEmpty());
        return ids;
    }
}

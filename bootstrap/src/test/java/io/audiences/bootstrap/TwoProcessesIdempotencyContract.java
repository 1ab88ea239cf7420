package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.adapters.rest.Http;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two service processes (the packaged jar, twice) on one database, and many requests with one
 * {@code Idempotency-Key} racing across them: exactly one audience is created, every other request
 * gets the replay or a 409, never a second audience, never a 500. Subclasses choose the database.
 */
abstract class TwoProcessesIdempotencyContract {

    private static final int RACERS = 24;
    private static final int ROUNDS = 3;

    @TempDir
    Path workingDirectory;

    private final List<JarProcess> servers = new ArrayList<>();

    /** The {@code database:} block of the configuration. */
    abstract String databaseYaml(Path workingDirectory);

    @AfterEach
    void stopServers() {
        servers.forEach(JarProcess::close);
    }

    @Test
    void racingRequestsWithOneKeyOnTwoProcessesCreateExactlyOneAudience() throws Exception {
        Path config = workingDirectory.resolve("config.yml");
        Files.writeString(config, databaseYaml(workingDirectory) + TestConfigurations.RANDOM_PORTS + """
                rateLimit:
                  limitForPeriod: 1000000
                  refreshPeriod: 60s
                """);
        SeededByCommands seeded = SeededByCommands.in(workingDirectory, config, "enterprise", "audiences:write", "audiences:read");
        String group = seeded.group();
        String key = seeded.key();
        servers.add(JarProcess.startServer(workingDirectory, List.of(), config.toString()));
        servers.add(JarProcess.startServer(workingDirectory, List.of(), config.toString()));
        String path = "/v1/accounts/" + group + "/audiences";

        for (int round = 0; round < ROUNDS; round++) {
            String body = "{\"name\":\"Once " + round + "\",\"type\":\"on_demand\"}";
            Map<String, Integer> outcomes = race(path, key, "race-" + round, body);

            assertThat(outcomes.get("201 created")).as("round %d: %s", round, outcomes).isEqualTo(1);
            assertThat(outcomes.keySet()).as("round %d", round).isSubsetOf("201 created", "201 replayed", "409 IDEMPOTENCY_KEY_IN_USE");
        }
        Http.Reply list = new Http(servers.get(1).port()).get(path + "?limit=100", key);
        assertThat(list.json().get("data").get("items")).hasSize(ROUNDS);
        Http.Reply retry = send(servers.get(0).port(), path, key, "race-0", "{\"name\":\"Once 0\",\"type\":\"on_demand\"}");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    }

    private Map<String, Integer> race(String path, String key, String idempotencyKey, String body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int port = servers.get(i % 2).port();
                results.add(pool.submit(() -> {
                    start.await();
                    Http.Reply reply = send(port, path, key, idempotencyKey, body);
                    if (reply.status() == 201) {
                        return "201 " + ("true".equals(reply.header("Idempotent-Replayed")) ? "replayed" : "created");
                    }
                    return reply.status() + " " + reply.code();
                }));
            }
            start.countDown();
            Map<String, Integer> outcomes = new TreeMap<>();
            for (Future<String> result : results) {
                outcomes.merge(result.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Http.Reply send(int port, String path, String key, String idempotencyKey, String body) {
        Http http = new Http(port);
        return http.send(http.request(path).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}

package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.audiences.adapters.rest.Http;
import io.audiences.domain.plan.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three instances with their default settings (but the cursor secret they share, as the README
 * says) on one PostgreSQL with its own defaults
 * ({@code max_connections} 100), as a team runs them behind a load balancer: one key's rate limit
 * holds across them, a burst never fails for want of a connection (with pools of up to 100
 * connections each, as before, a burst like this one got {@code 500}s: "too many clients"), and an
 * idempotent create, a cursor and the creation rules hold whichever instance answers.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ThreeInstancesIT {

    private static final int LIMIT = 30;
    private static final EmbeddedPostgres POSTGRES = start();
    private static final List<DropwizardAppExtension<AudiencesConfiguration>> INSTANCES = List.of(instance(), instance(), instance());
    private static final DropwizardAppExtension<AudiencesConfiguration> FIRST = INSTANCES.get(0);
    private static final DropwizardAppExtension<AudiencesConfiguration> SECOND = INSTANCES.get(1);
    private static final DropwizardAppExtension<AudiencesConfiguration> THIRD = INSTANCES.get(2);

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DropwizardAppExtension<AudiencesConfiguration> instance() {
        return ServiceUnderTest.on("org.postgresql.Driver", POSTGRES.getJdbcUrl("postgres", "postgres"), "postgres",
                "rateLimit.limitForPeriod", String.valueOf(LIMIT), "rateLimit.refreshPeriod", "10m",
                // Counting is what these tests are about: no request let through for a slow answer on a busy machine.
                "rateLimit.storeTimeout", "10s",
                "pagination.cursorSecret", "the-secret-every-instance-of-this-api-shares");
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    private static Http instance(int i) {
        return new Http(List.of(FIRST, SECOND, THIRD).get(i % 3).getLocalPort());
    }

    @Test
    void aBurstOfFourTimesOneKeysLimitOverThreeInstancesAdmitsExactlyTheLimit() throws Exception {
        Seeded seeded = Seeded.in(POSTGRES.getPostgresDatabase(), Plan.ENTERPRISE);

        List<Http.Reply> replies = burst(4 * LIMIT, i -> instance(i).get("/v1/accounts", seeded.key()));

        assertThat(replies).extracting(Http.Reply::status).containsOnly(200, 429);
        List<Http.Reply> admitted = replies.stream().filter(reply -> reply.status() == 200).toList();
        assertThat(admitted).hasSize(LIMIT);
        assertThat(admitted).extracting(reply -> Integer.parseInt(reply.header("X-RateLimit-Remaining")))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, LIMIT).boxed().toList());
        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.header("X-RateLimit-Limit")).isEqualTo(String.valueOf(LIMIT));
            assertThat(Long.parseLong(reply.header("X-RateLimit-Reset"))).isBetween(1L, 600L);
        });
        assertThat(replies).filteredOn(reply -> reply.status() == 429).allSatisfy(reply -> {
            assertThat(reply.code()).isEqualTo("RATE_LIMIT_EXCEEDED");
            assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo("0");
            assertThat(Long.parseLong(reply.header("Retry-After"))).isEqualTo(Long.parseLong(reply.header("X-RateLimit-Reset")));
        });
    }

    @Test
    void aBurstOfCreatesOverThreeInstancesNeverFailsForWantOfAConnection() throws Exception {
        List<Seeded> keys = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            keys.add(Seeded.in(POSTGRES.getPostgresDatabase(), Plan.ENTERPRISE));
        }

        List<Http.Reply> replies = burst(8 * 30, i -> {
            Seeded seeded = keys.get(i % keys.size());
            return instance(i).postJson("/v1/accounts/" + seeded.group().id() + "/audiences", seeded.key(),
                    "{\"name\":\"Burst " + i + "\",\"type\":\"on_demand\"}");
        });

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.text()).isEqualTo(201));
        try (java.sql.Connection operator = POSTGRES.getPostgresDatabase().getConnection()) {
            assertThat(operator.isValid(1)).as("an operator's command still gets a connection after the burst").isTrue();
        }
    }

    @Test
    void anIdempotentCreateACursorAndTheRulesHoldWhicheverInstanceAnswers() throws Exception {
        Seeded seeded = Seeded.in(POSTGRES.getPostgresDatabase(), Plan.TESTER);
        String audiences = "/v1/accounts/" + seeded.group().id() + "/audiences";

        List<Http.Reply> retries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            retries.add(instance(i).send(instance(i).request(audiences).header("Authorization", "Bearer " + seeded.key())
                    .header("Content-Type", "application/json").header("Idempotency-Key", "once-" + seeded.group().id())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Once\",\"type\":\"on_demand\"}")).build()));
        }
        assertThat(retries).extracting(Http.Reply::status).containsOnly(201);
        assertThat(retries).extracting(reply -> reply.json().get("data").get("id").asText()).containsOnly(
                retries.get(0).json().get("data").get("id").asText());

        List<Http.Reply> racers = burst(12, i -> instance(i).postJson(audiences, seeded.key(),
                "{\"name\":\"Racer " + i + "\",\"type\":\"on_demand\"}"));
        Map<Integer, Integer> statuses = new TreeMap<>();
        racers.forEach(reply -> statuses.merge(reply.status(), 1, Integer::sum));
        assertThat(statuses).as("the tester plan's five audiences, one of them made above").isEqualTo(Map.of(201, 4, 422, 8));

        List<String> listed = new ArrayList<>();
        String cursor = "";
        int page = 0;
        do {
            Http.Reply reply = instance(page++).get(audiences + "?limit=2&cursor=" + cursor, seeded.key());
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            JsonNode data = reply.json().get("data");
            data.get("items").forEach(item -> listed.add(item.get("id").asText()));
            cursor = data.get("nextCursor").asText("");
        } while (!cursor.isEmpty());
        assertThat(listed).hasSize(5).doesNotHaveDuplicates();
    }

    /** {@code requests} requests sent all at once, request {@code i} made by {@code send}. */
    private static List<Http.Reply> burst(int requests, IntFunction<Http.Reply> send) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Http.Reply>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int request = i;
                answers.add(clients.submit(() -> {
                    go.await();
                    return send.apply(request);
                }));
            }
            go.countDown();
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> answer : answers) {
                replies.add(answer.get());
            }
            return replies;
        } finally {
            clients.shutdownNow();
        }
    }
}

package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.audiences.adapters.rest.Http;
import io.audiences.adapters.rest.NewestFirst;
import io.audiences.domain.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The whole service over HTTP on a real database. Racing creations: exactly one 201 per allowed
 * slot, a 422 for every other request, never a 500. Reading back: every audience once, newest
 * first. Subclasses run the service on H2 or PostgreSQL.
 */
abstract class ServiceOverHttpContract {

    private static final int RACERS = 32;

    /** The service's port. */
    abstract int port();

    /** The service's database, for seeding account groups and keys as an operator would. */
    abstract DataSource database();

    private Seeded seed(Plan plan) {
        return Seeded.in(database(), plan);
    }

    @Test
    void racingCreatesOfOneNameGetOne201AndOtherwise422() throws Exception {
        Seeded seeded = seed(Plan.ENTERPRISE);

        Map<String, Integer> outcomes = race(seeded, i -> "{\"name\":\"" + (i % 2 == 0 ? "Same" : " SAME ") + "\",\"type\":\"on_demand\"}");

        assertThat(outcomes).isEqualTo(Map.of("201", 1, "422 AUDIENCE_NAME_TAKEN", RACERS - 1));
    }

    @Test
    void racingMonitoringCreatesGetOne201PerSlotAndOtherwise422() throws Exception {
        Seeded seeded = seed(Plan.STARTER);

        Map<String, Integer> outcomes = race(seeded, i -> "{\"name\":\"Watch " + i + "\",\"type\":\"monitoring\"}");

        assertThat(outcomes).isEqualTo(Map.of("201", 2, "422 MONITORING_LIMIT_REACHED", RACERS - 2));
    }

    @Test
    void createdAudiencesPageBackNewestFirstOverHttp() {
        Seeded seeded = seed(Plan.ENTERPRISE);
        Http http = new Http(port());
        List<JsonNode> created = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            created.add(http.postJson("/v1/accounts/" + seeded.group().id() + "/audiences", seeded.key(),
                    "{\"name\":\"Page " + i + "\",\"type\":\"on_demand\"}").json().get("data"));
        }

        List<String> listed = new ArrayList<>();
        String cursor = "";
        do {
            Http.Reply page = http.get("/v1/accounts/" + seeded.group().id() + "/audiences?limit=5&cursor=" + cursor, seeded.key());
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            page.json().get("data").get("items").forEach(item -> listed.add(item.get("id").asText()));
            cursor = page.json().get("data").get("nextCursor").asText("");
        } while (!cursor.isEmpty());

        assertThat(listed).containsExactlyElementsOf(NewestFirst.ids(created));
    }

    private Map<String, Integer> race(Seeded seeded, IntFunction<String> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int racer = i;
                results.add(pool.submit(() -> {
                    start.await();
                    Http.Reply reply = new Http(port()).postJson("/v1/accounts/" + seeded.group().id().value() + "/audiences", seeded.key(), body.apply(racer));
                    return reply.status() == 201 ? "201" : reply.status() + " " + reply.code();
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
}

package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.audiences.adapters.rest.Http;
import io.audiences.adapters.rest.NewestFirst;
import io.audiences.adapters.persistence.AudiencesDatabase;
import io.audiences.application.SecureRandomIdSource;
import io.audiences.application.UseCases;
import io.audiences.application.command.IssueApiKeyCommand;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import java.net.http.HttpRequest;
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
 * The whole service over HTTP on a real database, as two instances (two connection pools) on that
 * database, the racers alternating between them. Racing creations: exactly one 201 per allowed
 * slot, a 422 for every other request, never a 500; the lifecycle's races likewise. Reading back:
 * every audience once, newest first. Prospects: overlapping batches add each person once, batches at
 * the plan's limit stop exactly at it, and an audience's delete leaves none of its prospects behind.
 * Subclasses run the service on H2 or PostgreSQL.
 */
abstract class ServiceOverHttpContract {

    private static final int RACERS = 32;

    /** The service's port. */
    abstract int port();

    /** The port of a second instance of the service on the same database. */
    abstract int secondPort();

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

    @Test
    void racingRenamesToOneNameGetOne200AndOtherwise422() throws Exception {
        Seeded seeded = seed(Plan.ENTERPRISE);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            ids.add(create(seeded, "Audience " + i, "on_demand"));
        }

        Map<String, Integer> outcomes = race(i -> send(i, "PATCH", audiences(seeded) + "/" + ids.get(i), seeded.key(),
                "{\"name\":\"" + (i % 2 == 0 ? "Winner" : " WINNER ") + "\"}"));

        assertThat(outcomes).isEqualTo(Map.of("200", 1, "422 AUDIENCE_NAME_TAKEN", RACERS - 1));
    }

    @Test
    void aRenameRacingCreatesOfItsNewNameLetsExactlyOneWin() throws Exception {
        Seeded seeded = seed(Plan.ENTERPRISE);
        String id = create(seeded, "Before", "on_demand");

        Map<String, Integer> outcomes = race(i -> i == 0
                ? send(i, "PATCH", audiences(seeded) + "/" + id, seeded.key(), "{\"name\":\"Contested\"}")
                : send(i, "POST", audiences(seeded), seeded.key(), "{\"name\":\"contested\",\"type\":\"on_demand\"}"));

        assertThat(outcomes.getOrDefault("200", 0) + outcomes.getOrDefault("201", 0)).isEqualTo(1);
        assertThat(outcomes.get("422 AUDIENCE_NAME_TAKEN")).isEqualTo(RACERS - 1);
    }

    @Test
    void deletesRacingCreatesAtTheLimitNeverLeaveTheGroupOverIt() throws Exception {
        Seeded seeded = seed(Plan.TESTER);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(create(seeded, "List " + i, "on_demand"));
        }

        Map<String, Integer> outcomes = race(i -> i < 3
                ? send(i, "DELETE", audiences(seeded) + "/" + ids.get(i), seeded.key(), null)
                : send(i, "POST", audiences(seeded), seeded.key(), "{\"name\":\"New " + i + "\",\"type\":\"on_demand\"}"));

        int created = outcomes.getOrDefault("201", 0);
        assertThat(outcomes.get("200")).isEqualTo(3);
        assertThat(created).isBetween(0, 3);
        assertThat(outcomes.get("422 AUDIENCE_LIMIT_REACHED")).isEqualTo(RACERS - 3 - created);
        assertThat(navigation(seeded).get("ungroupedAudiences")).hasSize(2 + created);
    }

    @Test
    void movesRacingTheirFoldersDeleteLeaveNoAudienceInAMissingFolder() throws Exception {
        Seeded seeded = seed(Plan.ENTERPRISE);
        String folder = new Http(port()).postJson(audiences(seeded) + "/folders", seeded.key(),
                "{\"name\":\"Doomed\",\"audienceType\":\"on_demand\"}").json().get("data").get("id").asText();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            ids.add(create(seeded, "Audience " + i, "on_demand"));
        }

        Map<String, Integer> outcomes = race(i -> i == RACERS / 2
                ? send(i, "DELETE", audiences(seeded) + "/folders/" + folder, seeded.key(), null)
                : send(i, "POST", audiences(seeded) + "/" + ids.get(i) + "/move-to-folder", seeded.key(),
                        "{\"folderId\":\"" + folder + "\"}"));

        assertThat(outcomes.get("200") + outcomes.getOrDefault("422 FOLDER_NOT_FOUND", 0)).isEqualTo(RACERS);
        JsonNode tree = navigation(seeded);
        assertThat(tree.get("folders")).isEmpty();
        assertThat(tree.get("ungroupedAudiences")).hasSize(RACERS)
                .allSatisfy(audience -> assertThat(audience.get("folderId").isNull()).isTrue());
    }

    @Test
    void racingFolderCreatesStopAtTheLimitAndAtOneName() throws Exception {
        Seeded seeded = seed(Plan.STARTER);
        for (int i = 0; i < 97; i++) {
            assertThat(new Http(port()).postJson(audiences(seeded) + "/folders", seeded.key(),
                    "{\"name\":\"Folder " + i + "\",\"audienceType\":\"on_demand\"}").status()).isEqualTo(201);
        }

        Map<String, Integer> outcomes = race(i -> send(i, "POST", audiences(seeded) + "/folders", seeded.key(),
                "{\"name\":\"" + (i < 4 ? "Same" : "Racer " + i) + "\",\"audienceType\":\"on_demand\"}"));

        assertThat(outcomes.get("201")).isEqualTo(3);
        assertThat(outcomes.keySet()).isSubsetOf("201", "422 FOLDER_NAME_TAKEN", "422 FOLDER_LIMIT_REACHED");
        JsonNode folders = navigation(seeded).get("folders");
        assertThat(folders).hasSize(100);
        assertThat(folders).filteredOn(folder -> folder.get("name").asText().equals("Same")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void overlappingBatchesRacingOnTwoInstancesAddEachProspectOnce() throws Exception {
        Seeded seeded = seed(Plan.STARTER);
        String prospects = audiences(seeded) + "/" + create(seeded, "Leads", "on_demand") + "/prospects";
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(i % 2 == 0 ? "{\"linkedinUrl\":\"https://www.linkedin.com/in/racer-" + i + "\"}"
                    : "{\"email\":\"racer-" + i + "@acme.io\"}");
        }

        Map<String, Integer> outcomes = race(i -> {
            List<String> shuffled = new ArrayList<>(people);
            java.util.Collections.shuffle(shuffled, new java.util.Random(i));
            return send(i, "POST", prospects, seeded.key(), "{\"prospects\":[" + String.join(",", shuffled) + "]}");
        });

        assertThat(outcomes).isEqualTo(Map.of("200", RACERS));
        assertProspects(seeded, prospects, 20);
    }

    @Test
    void batchesRacingAtTheLimitNeverTakeTheAudienceOverIt() throws Exception {
        Seeded seeded = seed(Plan.TESTER);
        String prospects = audiences(seeded) + "/" + create(seeded, "Leads", "on_demand") + "/prospects";
        for (int batch = 0; batch < 9; batch++) {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                items.append(i == 0 ? "" : ",").append("{\"email\":\"seed-").append(batch).append('-').append(i).append("@acme.io\"}");
            }
            assertThat(new Http(port()).postJson(prospects, seeded.key(), "{\"prospects\":[" + items + "]}").status()).isEqualTo(200);
        }

        Map<String, Integer> outcomes = race(i -> send(i, "POST", prospects, seeded.key(), "{\"prospects\":["
                + "{\"email\":\"r" + i + "-a@acme.io\"},{\"email\":\"r" + i + "-b@acme.io\"}]}"));

        assertThat(outcomes).isEqualTo(Map.of("200", RACERS));
        assertProspects(seeded, prospects, 100);
    }

    @Test
    void batchesRacingTheAudiencesDeleteLeaveNoProspectBehind() throws Exception {
        Seeded seeded = seed(Plan.STARTER);
        String audienceId = create(seeded, "Doomed", "on_demand");
        String prospects = audiences(seeded) + "/" + audienceId + "/prospects";

        Map<String, Integer> outcomes = race(i -> i == RACERS / 2
                ? send(i, "DELETE", audiences(seeded) + "/" + audienceId, seeded.key(), null)
                : send(i, "POST", prospects, seeded.key(), "{\"prospects\":[{\"email\":\"r" + i + "@acme.io\"}]}"));

        assertThat(outcomes.keySet()).isSubsetOf("200", "404 NOT_FOUND");
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(RACERS);
        assertThat(new Http(port()).get(prospects, seeded.key()).status()).isEqualTo(404);
        try (java.sql.Connection connection = database().getConnection();
                java.sql.PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM prospects WHERE audience_id = ?")) {
            count.setString(1, audienceId);
            try (java.sql.ResultSet rows = count.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("rows of the deleted audience").isZero();
            }
        }
    }

    @Test
    void anImportIsWorkedByTheInstancesAndCountsEveryRowOnce() throws Exception {
        Seeded seeded = seed(Plan.STARTER);
        String prospects = audiences(seeded) + "/" + create(seeded, "Imported", "on_demand") + "/prospects";
        StringBuilder csv = new StringBuilder("email,firstName\n");
        for (int i = 0; i < 1200; i++) {
            csv.append("p").append(i % 900).append("@acme.io,P").append(i).append('\n');
        }
        Http http = new Http(secondPort());
        Http.Reply accepted = http.send(http.request(prospects + "/imports").header("Authorization", "Bearer " + seeded.key())
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build());
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);

        JsonNode done = null;
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < giveUp) {
            done = new Http(port()).get(accepted.header("Location"), seeded.key()).json().get("data");
            if (done.get("status").asText().equals("completed")) {
                break;
            }
            Thread.sleep(100);
        }

        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("rows").asInt()).isEqualTo(1200);
        assertThat(done.get("added").asInt()).isEqualTo(900);
        assertThat(done.get("alreadyPresent").asInt()).isEqualTo(300);
        assertProspects(seeded, prospects, 900);
    }

    /** The prospect and import routes' refusals, as the in-memory suites check them, on this database and both instances. */
    @Test
    void prospectAndImportRoutesRefuseAsTheContractSays() throws Exception {
        Seeded seeded = seed(Plan.STARTER);
        String audienceId = create(seeded, "Refusals", "on_demand");
        String prospects = audiences(seeded) + "/" + audienceId + "/prospects";
        String unknown = "ffffffffffffffffffffffff";
        String audiencesOnly = UseCases.over(AudiencesDatabase.on(database()), java.time.Clock.systemUTC(),
                new SecureRandomIdSource(), PlanCatalog.defaults()).issueApiKey().issue(new IssueApiKeyCommand(
                        java.util.Set.of(seeded.group().id()), java.util.Set.of(Permission.AUDIENCES_READ, Permission.AUDIENCES_WRITE),
                        "audiences only")).secret().reveal();
        String batch = "{\"prospects\":[{\"email\":\"a@acme.io\"}]}";

        assertRefused(send(0, "POST", prospects, seeded.key(), "{\"prospects\":[]}"), 400, "VALIDATION_ERROR");
        assertRefused(send(1, "GET", prospects, audiencesOnly, null), 403, "MISSING_PERMISSION");
        assertRefused(send(0, "POST", audiences(seeded) + "/" + unknown + "/prospects", seeded.key(), batch), 404, "NOT_FOUND");
        assertRefused(send(1, "GET", prospects + "/" + unknown, seeded.key(), null), 404, "NOT_FOUND");
        assertRefused(send(0, "GET", prospects + "/imports/" + unknown, seeded.key(), null), 404, "NOT_FOUND");
        assertRefused(upload(1, prospects, seeded.key(), "application/json", "{}"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertRefused(upload(0, prospects, seeded.key(), "text/csv", "email\n" + "a@acme.io\n".repeat(1_100_000)),
                413, "PAYLOAD_TOO_LARGE");
        assertRefused(upload(1, prospects, seeded.key(), "text/csv", "email,phone\n"), 400, "VALIDATION_ERROR");
        assertThat(keyed(0, prospects, seeded.key(), "batch-1", batch).status()).isEqualTo(200);
        assertRefused(keyed(1, prospects, seeded.key(), "batch-1", "{\"prospects\":[{\"email\":\"b@acme.io\"}]}"),
                422, "IDEMPOTENCY_KEY_REUSED");

        StringBuilder large = new StringBuilder("email\n");
        for (int i = 0; i < 100_000; i++) {
            large.append("p").append(i).append("@acme.io\n");
        }
        Http.Reply running = upload(0, prospects, seeded.key(), "text/csv", large.toString());
        assertThat(running.status()).as(running.text()).isEqualTo(202);
        Http.Reply notReady = send(1, "POST", prospects, seeded.key(), batch);
        Http.Reply cancelled = send(1, "POST", running.header("Location") + "/cancel", seeded.key(), null);
        assertRefused(notReady, 409, "AUDIENCE_NOT_READY");
        assertThat(notReady.header("Retry-After")).isEqualTo("5");
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertRefused(send(0, "POST", running.header("Location") + "/cancel", seeded.key(), null), 409, "IMPORT_ALREADY_FINISHED");
        assertThat(send(0, "POST", prospects, seeded.key(), batch).status()).isEqualTo(200);
    }

    private static void assertRefused(Http.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(code);
    }

    private Http.Reply upload(int racer, String prospects, String key, String contentType, String file) {
        Http http = new Http(racer % 2 == 0 ? port() : secondPort());
        return http.send(http.request(prospects + "/imports").header("Authorization", "Bearer " + key)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(file)).build());
    }

    private Http.Reply keyed(int racer, String prospects, String key, String idempotencyKey, String body) {
        Http http = new Http(racer % 2 == 0 ? port() : secondPort());
        return http.send(http.request(prospects).header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The audience's count, on both instances, is what its list pages through: {@code expected} prospects, each once. */
    private void assertProspects(Seeded seeded, String prospects, int expected) {
        for (int port : List.of(port(), secondPort())) {
            Http.Reply audience = new Http(port).get(prospects.replace("/prospects", ""), seeded.key());
            assertThat(audience.json().get("data").get("prospectCount").asInt()).isEqualTo(expected);
        }
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Http.Reply page = new Http(secondPort()).get(prospects + "?limit=30" + (cursor == null ? "" : "&cursor=" + cursor),
                    seeded.key());
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            page.json().get("data").get("items").forEach(item -> ids.add(item.get("id").asText()));
            cursor = page.json().get("data").get("nextCursor").isNull() ? null : page.json().get("data").get("nextCursor").asText();
        } while (cursor != null);
        assertThat(ids).hasSize(expected).doesNotHaveDuplicates();
    }

    private static String audiences(Seeded seeded) {
        return "/v1/accounts/" + seeded.group().id().value() + "/audiences";
    }

    private String create(Seeded seeded, String name, String type) {
        Http.Reply reply = new Http(port()).postJson(audiences(seeded), seeded.key(),
                "{\"name\":\"" + name + "\",\"type\":\"" + type + "\"}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("data").get("id").asText();
    }

    private JsonNode navigation(Seeded seeded) {
        Http.Reply reply = new Http(port()).get(audiences(seeded) + "/navigation", seeded.key());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json().get("data");
    }

    /** One racer's request, sent to the first or the second instance by the racer's parity. */
    private Http.Reply send(int racer, String method, String path, String key, String body) {
        Http http = new Http(racer % 2 == 0 ? port() : secondPort());
        HttpRequest.Builder request = http.request(path).header("Authorization", "Bearer " + key);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Map<String, Integer> race(Seeded seeded, IntFunction<String> body) throws Exception {
        return race(i -> send(i, "POST", audiences(seeded), seeded.key(), body.apply(i)));
    }

    /** Sends {@value #RACERS} requests at once; counts "201", "200", or the status and code of a refusal. */
    private Map<String, Integer> race(IntFunction<Http.Reply> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int racer = i;
                results.add(pool.submit(() -> {
                    start.await();
                    Http.Reply reply = request.apply(racer);
                    return reply.status() < 300 ? String.valueOf(reply.status()) : reply.status() + " " + reply.code();
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

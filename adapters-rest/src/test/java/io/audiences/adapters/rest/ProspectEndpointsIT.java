package io.audiences.adapters.rest;

import static io.audiences.adapters.rest.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.audiences.adapters.rest.host.HostConfiguration;
import io.audiences.adapters.rest.host.HostFixture;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code prospects.md} sections 1–4 through a real HTTP server: every prospect route, its refusals and their order. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ProspectEndpointsIT {

    private static final HostFixture HOST = new HostFixture();
    private static final DropwizardAppExtension<HostConfiguration> APP = new DropwizardAppExtension<>(HOST.support());
    private static final Set<Permission> ALL = Set.of(Permission.AUDIENCES_READ, Permission.AUDIENCES_WRITE,
            Permission.PROSPECTS_READ, Permission.PROSPECTS_WRITE);
    private static final String UNKNOWN_ID = "ffffffffffffffffffffffff";

    private Http http;
    private AccountGroup group;
    private String key;
    private String audiences;
    private String prospects;

    @BeforeEach
    void setUp() {
        http = new Http(APP.getLocalPort());
        group = HOST.group(Plan.STARTER, true);
        key = HOST.key(ALL, group);
        audiences = "/v1/accounts/" + group.id() + "/audiences";
        prospects = audiences + "/" + createAudience("Leads") + "/prospects";
    }

    private Http.Reply as(String apiKey, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = http.request(path).header("Authorization", "Bearer " + apiKey);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Http.Reply send(String method, String path, String body, String... headers) {
        return as(key, method, path, body, headers);
    }

    private static JsonNode ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.json().get("success").asBoolean()).isTrue();
        return reply.json().get("data");
    }

    private String createAudience(String name) {
        Http.Reply reply = send("POST", audiences, "{\"name\":\"" + name + "\",\"type\":\"on_demand\"}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("data").get("id").asText();
    }

    private static String batch(String... items) {
        return "{\"prospects\":[" + String.join(",", items) + "]}";
    }

    private static String byEmail(String email) {
        return "{\"email\":\"" + email + "\"}";
    }

    private JsonNode add(String path, String... items) {
        return ok(send("POST", path, batch(items)));
    }

    @Test
    void aBatchAnswersEachItemByIndexAndTheExactCount() {
        JsonNode first = add(prospects, "{\"linkedinUrl\":\"https://www.linkedin.com/in/avery-stone\",\"email\":\"avery@acme.io\","
                + "\"firstName\":\" Avery \",\"lastName\":\"Stone\",\"headline\":\"VP Sales at Acme\","
                + "\"company\":{\"name\":\"Acme\",\"domain\":\"acme.io\"}}");
        JsonNode avery = first.get("added").get(0).get("prospect");

        JsonNode second = add(prospects,
                "{\"linkedinUrl\":\"https://linkedin.com/in/Avery-Stone/?trk=x\"}",
                byEmail("sam@acme.io"),
                "{\"email\":\"not-an-email\",\"firstName\":5,\"nickname\":\"x\"}",
                "\"just text\"",
                byEmail("SAM@ACME.IO"));

        assertThat(avery.fieldNames()).toIterable().containsExactly("id", "linkedinUrl", "publicIdentifier", "email",
                "firstName", "lastName", "name", "headline", "company", "addedAt");
        assertThat(avery.get("linkedinUrl").asText()).isEqualTo("https://www.linkedin.com/in/avery-stone");
        assertThat(avery.get("publicIdentifier").asText()).isEqualTo("avery-stone");
        assertThat(avery.get("name").asText()).isEqualTo("Avery Stone");
        assertThat(avery.get("company").toString()).isEqualTo("{\"name\":\"Acme\",\"domain\":\"acme.io\"}");
        assertThat(avery.get("addedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(second.fieldNames()).toIterable().containsExactly("added", "alreadyPresent", "rejected", "prospectCount");
        assertThat(second.get("added")).extracting(item -> item.get("index").asInt()).containsExactly(1);
        JsonNode sam = second.get("added").get(0).get("prospect");
        assertThat(sam.get("linkedinUrl").isNull()).isTrue();
        assertThat(sam.get("publicIdentifier").isNull()).isTrue();
        assertThat(sam.get("company").isNull()).isTrue();
        assertThat(second.get("alreadyPresent").toString()).isEqualTo("[{\"index\":0,\"id\":\"" + avery.get("id").asText()
                + "\"},{\"index\":4,\"id\":\"" + sam.get("id").asText() + "\"}]");
        assertThat(second.get("rejected").get(0).toString()).isEqualTo("{\"index\":2,\"code\":\"VALIDATION_ERROR\","
                + "\"message\":\"Request validation failed\",\"details\":\"email: must be an email address: one @, a name before "
                + "it and a domain with a dot after it; firstName: must be a string; nickname: is not a known field\"}");
        assertThat(second.get("rejected").get(1).get("details").asText()).isEqualTo("prospect: must be an object");
        assertThat(second.get("prospectCount").asLong()).isEqualTo(2);
        assertThat(ok(send("GET", prospects.replace("/prospects", ""), null)).get("prospectCount").asLong()).isEqualTo(2);
        assertThat(ok(send("GET", prospects + "/" + avery.get("id").asText(), null))).isEqualTo(avery);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}|prospects: must be an array of 1 to 100 prospects",
            "{\"prospects\":[]}|prospects: must be an array of 1 to 100 prospects",
            "{\"prospects\":{\"email\":\"a@b.io\"}}|prospects: must be an array of 1 to 100 prospects",
            "{\"prospects\":[{\"email\":\"a@b.io\"}],\"dryRun\":true}|dryRun: is not a known field"})
    void aBatchThatIsNotAnObjectWithOneToAHundredProspectsIs400(String body, String details) {
        assertThat(assertError(send("POST", prospects, body), 400, "VALIDATION_ERROR").details()).isEqualTo(details);
        assertError(send("POST", prospects, batch(IntStream.range(0, 101).mapToObj(i -> byEmail("p" + i + "@acme.io"))
                .toArray(String[]::new))), 400, "VALIDATION_ERROR");
        assertError(send("POST", prospects, "[]"), 400, "VALIDATION_ERROR");
        assertThat(ok(send("GET", prospects.replace("/prospects", ""), null)).get("prospectCount").asLong()).isZero();
    }

    @Test
    void anItemTellsAtMostTenProblemsSoThatItsKeptResultStaysSmall() {
        String junk = IntStream.range(0, 3000).mapToObj(i -> "\"f" + i + "\":0").collect(Collectors.joining(","));

        JsonNode result = ok(send("POST", prospects, batch("{" + junk + "}"), "Idempotency-Key", "junk"));
        JsonNode replay = ok(send("POST", prospects, batch("{" + junk + "}"), "Idempotency-Key", "junk"));

        String details = result.get("rejected").get(0).get("details").asText();
        assertThat(details.split("; ")).hasSize(11);
        assertThat(details).startsWith("linkedinUrl: a prospect needs a linkedinUrl or an email; f0: is not a known field")
                .endsWith("prospect: and 2991 more problems");
        assertThat(replay).isEqualTo(result);
    }

    @Test
    void itemsBeyondThePlansLimitAre422InInputOrder() {
        AccountGroup tester = HOST.group(Plan.TESTER, true);
        String testerKey = HOST.key(ALL, tester);
        String path = "/v1/accounts/" + tester.id() + "/audiences/"
                + ok201(as(testerKey, "POST", "/v1/accounts/" + tester.id() + "/audiences", "{\"name\":\"L\",\"type\":\"on_demand\"}"))
                + "/prospects";
        ok(as(testerKey, "POST", path, batch(IntStream.range(0, 98).mapToObj(i -> byEmail("p" + i + "@acme.io")).toArray(String[]::new))));

        JsonNode result = ok(as(testerKey, "POST", path, batch(byEmail("new1@acme.io"), byEmail("p0@acme.io"),
                byEmail("new2@acme.io"), byEmail("new3@acme.io"))));

        assertThat(result.get("added")).extracting(item -> item.get("index").asInt()).containsExactly(0, 2);
        assertThat(result.get("alreadyPresent")).extracting(item -> item.get("index").asInt()).containsExactly(1);
        assertThat(result.get("rejected").toString()).isEqualTo("[{\"index\":3,\"code\":\"PROSPECT_LIMIT_REACHED\","
                + "\"message\":\"The plan's prospect limit for the audience is reached\",\"details\":null}]");
        assertThat(result.get("prospectCount").asInt()).isEqualTo(100);
    }

    private static String ok201(Http.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("data").get("id").asText();
    }

    @Test
    void theListPagesNewestFirstWithASignedCursorBoundToTheAudience() {
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            add(prospects, byEmail("p" + i + "@acme.io")).get("added")
                    .forEach(item -> added.add(0, item.get("prospect").get("id").asText()));
        }
        JsonNode page1 = ok(send("GET", prospects + "?limit=2", null));
        JsonNode page2 = ok(send("GET", prospects + "?limit=2&cursor=" + page1.get("nextCursor").asText(), null));
        JsonNode page3 = ok(send("GET", prospects + "?limit=2&cursor=" + page2.get("nextCursor").asText(), null));

        List<String> seen = new ArrayList<>();
        for (JsonNode page : List.of(page1, page2, page3)) {
            page.get("items").forEach(item -> seen.add(item.get("id").asText()));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(added).doesNotHaveDuplicates();
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode page : List.of(page1, page2, page3)) {
            page.get("items").forEach(items::add);
        }
        assertThat(items).as("newest first: addedAt, then id, descending").isSortedAccordingTo(
                java.util.Comparator.comparing((JsonNode item) -> item.get("addedAt").asText())
                        .thenComparing(item -> item.get("id").asText()).reversed());
        assertThat(page3.get("hasMore").asBoolean()).isFalse();
        assertThat(page3.get("nextCursor").isNull()).isTrue();
        assertThat(page1.fieldNames()).toIterable().containsExactly("items", "nextCursor", "hasMore");

        String other = audiences + "/" + createAudience("Other") + "/prospects";
        assertError(send("GET", other + "?cursor=" + page1.get("nextCursor").asText(), null), 400, "VALIDATION_ERROR");
        String audienceCursor = ok(send("GET", audiences + "?limit=1", null)).get("nextCursor").asText();
        assertError(send("GET", prospects + "?cursor=" + audienceCursor, null), 400, "VALIDATION_ERROR");
        assertError(send("GET", prospects + "?limit=101", null), 400, "VALIDATION_ERROR");
    }

    @Test
    void deletingAndRemovingAnswerTheCountAndTellRemovedFromNotFound() {
        JsonNode added = add(prospects, byEmail("a@acme.io"), byEmail("b@acme.io"), byEmail("c@acme.io")).get("added");
        String a = added.get(0).get("prospect").get("id").asText();
        String b = added.get(1).get("prospect").get("id").asText();

        assertThat(ok(send("DELETE", prospects + "/" + a, null)).toString()).isEqualTo("{\"deleted\":true,\"prospectCount\":2}");
        assertError(send("DELETE", prospects + "/" + a, null), 404, "NOT_FOUND");
        assertError(send("GET", prospects + "/" + a, null), 404, "NOT_FOUND");
        JsonNode removed = ok(send("POST", prospects + "/remove", "{\"prospectIds\":[\"" + b + "\",\"" + a + "\"]}"));

        assertThat(removed.toString()).isEqualTo("{\"removed\":[\"" + b + "\"],\"notFound\":[\"" + a + "\"],\"prospectCount\":1}");
        assertThat(assertError(send("POST", prospects + "/remove", "{\"prospectIds\":[\"" + b + "\",\"XYZ\"]}"), 400,
                "VALIDATION_ERROR").details()).isEqualTo("prospectIds[1]: must be 24 lower-case hex characters");
        String tooMany = IntStream.range(0, 501).mapToObj(i -> "\"" + UNKNOWN_ID + "\"").collect(Collectors.joining(","));
        assertError(send("POST", prospects + "/remove", "{\"prospectIds\":[" + tooMany + "]}"), 400, "VALIDATION_ERROR");
        assertError(send("POST", prospects + "/remove", "{\"prospectIds\":[]}"), 400, "VALIDATION_ERROR");
    }

    @Test
    void audiencePermissionsDoNotGrantProspectsNorTheReverse() {
        String audiencesOnly = HOST.key(Set.of(Permission.AUDIENCES_READ, Permission.AUDIENCES_WRITE), group);
        String prospectsOnly = HOST.key(Set.of(Permission.PROSPECTS_READ, Permission.PROSPECTS_WRITE), group);
        String readOnly = HOST.key(Set.of(Permission.PROSPECTS_READ), group);

        assertError(as(audiencesOnly, "GET", prospects, null), 403, "MISSING_PERMISSION");
        assertError(as(audiencesOnly, "POST", prospects, batch(byEmail("a@acme.io"))), 403, "MISSING_PERMISSION");
        assertError(as(readOnly, "POST", prospects, batch(byEmail("a@acme.io"))), 403, "MISSING_PERMISSION");
        assertError(as(readOnly, "POST", prospects + "/remove", "{\"prospectIds\":[\"" + UNKNOWN_ID + "\"]}"), 403,
                "MISSING_PERMISSION");
        assertError(as(readOnly, "DELETE", prospects + "/" + UNKNOWN_ID, null), 403, "MISSING_PERMISSION");
        assertError(as(prospectsOnly, "GET", audiences, null), 403, "MISSING_PERMISSION");
        ok(as(readOnly, "GET", prospects, null));
        String stranger = HOST.key(ALL, HOST.group(Plan.STARTER, true));
        assertError(as(stranger, "GET", prospects, null), 403, "ACCOUNT_GROUP_ACCESS_DENIED");
    }

    @Test
    void anUnknownAudienceOrAProspectOfAnotherIs404AndMalformedIdsAre400() {
        String unknown = audiences + "/" + UNKNOWN_ID + "/prospects";
        String other = audiences + "/" + createAudience("Other") + "/prospects";
        String theirs = add(other, byEmail("a@acme.io")).get("added").get(0).get("prospect").get("id").asText();

        assertError(send("POST", unknown, batch(byEmail("a@acme.io"))), 404, "NOT_FOUND");
        assertError(send("GET", unknown, null), 404, "NOT_FOUND");
        assertError(send("POST", unknown + "/remove", "{\"prospectIds\":[\"" + UNKNOWN_ID + "\"]}"), 404, "NOT_FOUND");
        assertError(send("GET", prospects + "/" + theirs, null), 404, "NOT_FOUND");
        assertError(send("DELETE", prospects + "/" + theirs, null), 404, "NOT_FOUND");
        assertThat(assertError(send("GET", audiences + "/XYZ/prospects/abc", null), 400, "VALIDATION_ERROR").details())
                .isEqualTo("audienceId: must be 24 lower-case hex characters; prospectId: must be 24 lower-case hex characters");
        assertThat(ok(send("GET", other.replace("/prospects", ""), null)).get("prospectCount").asLong()).isEqualTo(1);
    }

    @Test
    void theBodyIsReadAfterAuthorisationAndBeforeTheAudienceIsLookedUp() {
        String unknown = audiences + "/" + UNKNOWN_ID + "/prospects";
        Http.Reply textPlain = http.send(http.request(unknown).header("Authorization", "Bearer " + key)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(batch(byEmail("a@acme.io")))).build());

        assertError(textPlain, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertError(send("POST", unknown, "{\"prospects\":5}"), 400, "VALIDATION_ERROR");
        assertError(send("POST", unknown, "{\"prospects\":5}", "Idempotency-Key", " "), 400, "VALIDATION_ERROR");
        String huge = batch(IntStream.range(0, 100).mapToObj(i -> "{\"email\":\"p" + i + "@acme.io\",\"headline\":\""
                + "x".repeat(700) + "\"}").toArray(String[]::new));
        assertError(send("POST", prospects, huge), 413, "PAYLOAD_TOO_LARGE");
    }

    /** The literal segments are routes of their own: another method on them is 405, never an id's 400. */
    @ParameterizedTest
    @ValueSource(strings = {"GET", "DELETE"})
    void removeIsNeverTakenForAProspectId(String method) {
        assertError(send(method, prospects + "/remove", null), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void aBatchWithAnIdempotencyKeyRunsOnceAndItsRetryIsAnsweredTheSame() {
        String body = batch(byEmail("a@acme.io"), byEmail("b@acme.io"));

        Http.Reply first = send("POST", prospects, body, "Idempotency-Key", "batch-1");
        Http.Reply retry = send("POST", prospects, body, "Idempotency-Key", "batch-1");
        String other = audiences + "/" + createAudience("Other") + "/prospects";
        Http.Reply elsewhere = send("POST", other, body, "Idempotency-Key", "batch-1");

        assertThat(ok(retry)).isEqualTo(ok(first));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Location")).isNull();
        assertError(elsewhere, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(ok(send("GET", prospects, null)).get("items")).hasSize(2);
        assertThat(ok(send("GET", other, null)).get("items")).isEmpty();
    }
}

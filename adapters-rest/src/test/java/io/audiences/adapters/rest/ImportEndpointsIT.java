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
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code prospects.md} section 5 through a real HTTP server: start an import from a file, watch it, cancel it, and the audience held meanwhile. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ImportEndpointsIT {

    private static final HostFixture HOST = new HostFixture();
    private static final DropwizardAppExtension<HostConfiguration> APP = new DropwizardAppExtension<>(HOST.support());
    private static final Set<Permission> ALL = Set.of(Permission.AUDIENCES_READ, Permission.AUDIENCES_WRITE,
            Permission.PROSPECTS_READ, Permission.PROSPECTS_WRITE);

    private Http http;
    private String key;
    private String audiences;
    private String audience;
    private String imports;

    @BeforeEach
    void setUp() {
        http = new Http(APP.getLocalPort());
        AccountGroup group = HOST.group(Plan.STARTER, true);
        key = HOST.key(ALL, group);
        audiences = "/v1/accounts/" + group.id() + "/audiences";
        Http.Reply created = send("POST", audiences, "application/json", "{\"name\":\"Leads\",\"type\":\"on_demand\"}");
        audience = audiences + "/" + created.json().get("data").get("id").asText();
        imports = audience + "/prospects/imports";
    }

    private Http.Reply send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = http.request(path).header("Authorization", "Bearer " + key);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private JsonNode finished(String location) {
        long giveUp = System.nanoTime() + 20_000_000_000L;
        while (true) {
            JsonNode imported = send("GET", location, null, null).json().get("data");
            if (!imported.get("status").asText().matches("queued|running") || System.nanoTime() > giveUp) {
                return imported;
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void aCsvFileIsAcceptedThenImportedRowByRow() {
        String csv = "\uFEFFemail,firstName,companyName,linkedinUrl\r\n"
                + "avery@acme.io,Avery,\"Acme, Inc.\",\r\n"
                + "AVERY@ACME.IO,,,\r\n"
                + "sam@acme.io,\"Sam \"\"the\"\" Man\",,https://linkedin.com/in/sam-k\r\n"
                + "not-an-email,,,\r\n"
                + "broken,\"unclosed,\r\n";

        Http.Reply accepted = send("POST", imports, "text/csv; charset=utf-8", csv);
        JsonNode done = finished(accepted.header("Location"));

        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        assertThat(accepted.header("Location")).matches(".*/prospects/imports/[0-9a-f]{24}");
        JsonNode queued = accepted.json().get("data");
        assertThat(queued.fieldNames()).toIterable().containsExactly("id", "audienceId", "status", "rows", "added",
                "alreadyPresent", "rejected", "errors", "createdAt", "startedAt", "finishedAt");
        assertThat(queued.get("status").asText()).isIn("queued", "running", "completed");
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("rows").asInt()).isEqualTo(5);
        assertThat(done.get("added").asInt()).isEqualTo(2);
        assertThat(done.get("alreadyPresent").asInt()).isEqualTo(1);
        assertThat(done.get("rejected").asInt()).isEqualTo(2);
        assertThat(done.get("errors").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(done.get("errors").get(0).get("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(done.get("errors").get(1).get("details").asText()).startsWith("row: is not valid CSV");
        assertThat(done.get("finishedAt").asText()).isNotEmpty();
        JsonNode listed = send("GET", audience + "/prospects", null, null).json().get("data").get("items");
        assertThat(listed).extracting(item -> item.get("firstName").asText()).containsExactlyInAnyOrder("Avery", "Sam \"the\" Man");
        assertThat(listed).extracting(item -> item.path("company").path("name").asText()).contains("Acme, Inc.");
        assertThat(send("GET", audience, null, null).json().get("data").get("prospectCount").asInt()).isEqualTo(2);
    }

    @Test
    void anNdjsonFileIsImportedLineByLine() {
        String ndjson = "{\"email\":\"a@acme.io\",\"company\":{\"name\":\"Acme\"}}\n\n{\"email\":5}\n[1]\n{\"linkedinUrl\":\"https://www.linkedin.com/in/x\"}";

        JsonNode done = finished(send("POST", imports, "application/x-ndjson", ndjson).header("Location"));

        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("rows").asInt()).isEqualTo(4);
        assertThat(done.get("added").asInt()).isEqualTo(2);
        assertThat(done.get("rejected").asInt()).isEqualTo(2);
        assertThat(done.get("errors").get(1).get("details").asText()).isEqualTo("row: must be one JSON object");
    }

    @Test
    void aFileThatCannotBeImportedIsRefusedAtOnce() {
        assertThat(assertError(send("POST", imports, "text/csv", "email,phone\na@b.io,1\n"), 400, "VALIDATION_ERROR").details())
                .startsWith("header: unknown column \"phone\"");
        assertError(send("POST", imports, "text/csv", ""), 400, "VALIDATION_ERROR");
        assertError(send("POST", imports, "application/json", "{}"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertError(send("POST", imports, "text/csv; charset=iso-8859-1", "email\n"), 415, "UNSUPPORTED_MEDIA_TYPE");
        String tooLarge = "email\n" + "a@acme.io\n".repeat(1_100_000);
        assertError(send("POST", imports, "text/csv", tooLarge), 413, "PAYLOAD_TOO_LARGE");
        assertError(send("POST", audiences + "/ffffffffffffffffffffffff/prospects/imports", "text/csv", "email\na@b.io\n"),
                404, "NOT_FOUND");
        assertError(send("GET", imports + "/ffffffffffffffffffffffff", null, null), 404, "NOT_FOUND");
        assertThat(send("GET", audience, null, null).json().get("data").get("prospectCount").asInt()).isZero();
    }

    @Test
    void whileAnImportIsQueuedTheAudienceIsNotReadyAndTheImportCanBeCancelled() {
        CountDownLatch release = new CountDownLatch(1);
        HOST.holdImports.set(release);
        try {
            String location = send("POST", imports, "text/csv", "email\na@acme.io\n").header("Location");

            Http.Reply add = send("POST", audience + "/prospects", "application/json", "{\"prospects\":[{\"email\":\"b@acme.io\"}]}");
            assertThat(assertError(add, 409, "AUDIENCE_NOT_READY").header("Retry-After")).isEqualTo("5");
            assertError(send("GET", audience + "/prospects", null, null), 409, "AUDIENCE_NOT_READY");
            assertError(send("PATCH", audience, "application/json", "{\"name\":\"Other\"}"), 409, "AUDIENCE_NOT_READY");
            assertError(send("DELETE", audience, null, null), 409, "AUDIENCE_NOT_READY");
            assertError(send("POST", imports, "text/csv", "email\nc@acme.io\n"), 409, "AUDIENCE_NOT_READY");
            assertThat(send("GET", audience, null, null).status()).isEqualTo(200);
            assertThat(send("GET", audiences, null, null).status()).isEqualTo(200);

            JsonNode cancelled = send("POST", location + "/cancel", null, null).json().get("data");
            assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
            assertError(send("POST", location + "/cancel", "application/json", "{}"), 409, "IMPORT_ALREADY_FINISHED");
            release.countDown();
            assertThat(finished(location).get("added").asInt()).isZero();
            assertThat(send("POST", audience + "/prospects", "application/json", "{\"prospects\":[{\"email\":\"b@acme.io\"}]}")
                    .status()).isEqualTo(200);
        } finally {
            HOST.holdImports.set(null);
            release.countDown();
        }
    }

    @Test
    void anImportWithAnIdempotencyKeyStartsOnce() {
        Http.Reply first = send("POST", imports, "text/csv", "email\na@acme.io\n", "Idempotency-Key", "import-1");
        finished(first.header("Location"));
        Http.Reply retry = send("POST", imports, "text/csv", "email\na@acme.io\n", "Idempotency-Key", "import-1");
        Http.Reply another = send("POST", imports, "text/csv", "email\nb@acme.io\n", "Idempotency-Key", "import-1");

        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.json().get("data").get("id")).isEqualTo(first.json().get("data").get("id"));
        assertError(another, 422, "IDEMPOTENCY_KEY_REUSED");
    }
}

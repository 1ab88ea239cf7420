package io.audiences.adapters.rest;

import static io.audiences.adapters.rest.Envelopes.assertError;
import static io.audiences.adapters.rest.Envelopes.assertTraceId;
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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The endpoint through a real HTTP server, served by a separate minimal host application that adds
 * the bundle (in-memory adapters behind it): every row of the contract's status table.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CreateAudienceEndpointIT {

    private static final HostFixture HOST = new HostFixture();
    private static final DropwizardAppExtension<HostConfiguration> APP = new DropwizardAppExtension<>(HOST.support());
    private static final Set<Permission> WRITE = Set.of(Permission.AUDIENCES_WRITE);

    private Http http;
    private AccountGroup group;
    private String key;
    private String path;

    @BeforeEach
    void setUp() {
        http = new Http(APP.getLocalPort());
        group = HOST.group(Plan.STARTER, true);
        key = HOST.key(WRITE, group);
        path = "/v1/accounts/" + group.id() + "/audiences";
    }

    private Http.Reply create(String body) {
        return http.postJson(path, key, body);
    }

    @Test
    void createdReturns201WithTheAudienceLocationAndTraceId() {
        Http.Reply reply = create("{\"name\":\"  Q1 webinar attendees \",\"type\":\"on_demand\",\"description\":\"  \"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(body.fieldNames()).toIterable().containsExactly("success", "data", "error", "traceId");
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("error").isNull()).isTrue();
        JsonNode data = body.get("data");
        assertThat(data.fieldNames()).toIterable()
                .containsExactly("id", "name", "type", "description", "folderId", "prospectCount", "createdAt");
        assertThat(data.get("id").asText()).matches("[0-9a-f]{24}");
        assertThat(data.get("name").asText()).isEqualTo("Q1 webinar attendees");
        assertThat(data.get("type").asText()).isEqualTo("on_demand");
        assertThat(data.get("description").isNull()).isTrue();
        assertThat(data.get("folderId").isNull()).isTrue();
        assertThat(data.get("prospectCount").asLong()).isZero();
        assertThat(data.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(reply.header("Location")).isEqualTo(path + "/" + data.get("id").asText());
        assertTraceId(reply);
        Envelopes.assertNotStoredNorSniffed(reply);
    }

    @Test
    void everyResponseHasANewTraceId() {
        Http.Reply first = create("{\"name\":\"One\",\"type\":\"on_demand\"}");
        Http.Reply second = create("{\"name\":\"One\",\"type\":\"on_demand\"}");

        assertThat(first.header("X-Trace-Id")).isNotEqualTo(second.header("X-Trace-Id"));
    }

    @Test
    void aDescriptionAndAMonitoringTypeAreKept() {
        Http.Reply reply = create("{\"name\":\"Watch\",\"type\":\"monitoring\",\"description\":\"line\\nnext 😀\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("data").get("type").asText()).isEqualTo("monitoring");
        assertThat(reply.json().get("data").get("description").asText()).isEqualTo("line\nnext 😀");
    }

    @Test
    void validationNamesEveryViolatedFieldInAStableOrder() {
        Http.Reply reply = create("{\"type\":\"Monitoring\",\"name\":\"\",\"description\":5,\"colour\":\"red\"}");

        assertError(reply, 400, "VALIDATION_ERROR");
        assertThat(reply.details()).isEqualTo("name: must not be blank; description: must be a string; "
                + "type: must be one of: on_demand, monitoring; colour: is not a known field");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "[{\"name\":\"a\"}]", "\"text\"", "42", "{", "{\"name\":\"a\",}",
            "{\"name\":\"a\",\"type\":\"on_demand\"} {}", "{\"name\":\"a\",\"name\":\"b\",\"type\":\"on_demand\"}"})
    void anythingButOneWellFormedJsonObjectIsAValidationError(String body) {
        Http.Reply reply = create(body);

        assertError(reply, 400, "VALIDATION_ERROR");
        assertThat(reply.details()).startsWith("body: ");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertThat(assertError(create("{}"), 400, "VALIDATION_ERROR").details())
                .isEqualTo("name: is required; type: is required");
    }

    @Test
    void anUnpairedSurrogateIsRefusedInEveryField() {
        Http.Reply reply = create("{\"name\":\"bad \\ud800\",\"description\":\"\\udc00\",\"type\":\"on_demand\"}");

        assertThat(assertError(reply, 400, "VALIDATION_ERROR").details())
                .isEqualTo("name: must be well-formed Unicode; description: must be well-formed Unicode");
    }

    /** Bytes that are not UTF-8: overlong forms, encoded surrogates, bytes no UTF-8 has, a sequence cut short. */
    @ParameterizedTest
    @ValueSource(strings = {"c0af", "e080af", "f08080af", "c080", "eda080", "edbfbf", "f4908080", "f8888080af", "ff", "e282"})
    void bytesThatAreNotUtf8AreRefused(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes("{\"name\":\"ov".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(bad);
        body.writeBytes("x\",\"type\":\"on_demand\"}".getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = http.request(path).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();

        assertThat(assertError(http.send(request), 400, "VALIDATION_ERROR").details()).isEqualTo("body: must be UTF-8");
    }

    @Test
    void aBodyThatIsNotWhatItsContentEncodingSaysIs400() {
        HttpRequest request = http.request(path).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"plain\",\"type\":\"on_demand\"}")).build();

        assertThat(assertError(http.send(request), 400, "VALIDATION_ERROR").details())
                .isEqualTo("body: could not be decoded as its Content-Encoding says");
    }

    @Test
    void aGzippedBodyIsAccepted() throws java.io.IOException {
        java.io.ByteArrayOutputStream gzipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(gzipped)) {
            gzip.write("{\"name\":\"Gzipped\",\"type\":\"on_demand\"}".getBytes(StandardCharsets.UTF_8));
        }
        HttpRequest request = http.request(path).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzipped.toByteArray())).build();

        assertThat(http.send(request).status()).isEqualTo(201);
    }

    @Test
    void nameLengthIsCountedInCodePoints() {
        String emoji200 = "😀".repeat(200);

        assertThat(create("{\"name\":\"" + emoji200 + "\",\"type\":\"on_demand\"}").status()).isEqualTo(201);
        assertThat(assertError(create("{\"name\":\"" + emoji200 + "😀\",\"type\":\"on_demand\"}"), 400, "VALIDATION_ERROR")
                .details()).isEqualTo("name: must be at most 200 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789ABCDEF01234567", "short", "0123456789abcdef0123456z", "0123456789abcdef012345678"})
    void aMalformedAccountGroupIdIsAValidationError(String accountGroupId) {
        Http.Reply reply = http.postJson("/v1/accounts/" + accountGroupId + "/audiences", key,
                "{\"name\":\"a\",\"type\":\"on_demand\"}");

        assertThat(assertError(reply, 400, "VALIDATION_ERROR").details())
                .isEqualTo("accountGroupId: must be 24 lower-case hex characters");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {"NONE", "Basic dXNlcjpwYXNz", "Bearer", "Bearer sk_live_unknownunknownunknownunknownunknown"})
    void aMissingMalformedOrUnknownKeyIs401WithWwwAuthenticate(String authorization) {
        HttpRequest.Builder request = http.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\",\"type\":\"on_demand\"}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }

        Http.Reply reply = http.send(request.build());

        assertError(reply, 401, "INVALID_API_KEY");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(reply.header("X-RateLimit-Limit")).isNull();
        // The body was never read: the client must not reuse this connection.
        assertThat(reply.header("Connection")).isEqualTo("close");
    }

    @Test
    void aRefusalAfterTheWholeBodyWasReadKeepsTheConnection() {
        String invalid = "{\"name\":\"\",\"type\":\"x\"}";
        String refused = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: " + invalid.length() + "\r\n\r\n" + invalid;
        String next = "GET /v1/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key + "\r\n\r\n";

        List<String> answers = http.onOneConnection(refused, next);

        assertThat(answers).hasSize(2);
        assertThat(answers.get(0)).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("Connection: close");
        assertThat(answers.get(1)).startsWith("HTTP/1.1 200");
    }

    @Test
    void aRefusalBeforeTheBodyWasReadClosesTheConnection() {
        String body = "{\"name\":\"a\",\"type\":\"on_demand\"}";
        String refused = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sk_live_unknown"
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
        String next = "GET /v1/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key + "\r\n\r\n";

        List<String> answers = http.onOneConnection(refused, next);

        assertThat(answers).hasSize(1);
        assertThat(answers.get(0)).startsWith("HTTP/1.1 401").containsIgnoringCase("Connection: close");
    }

    @Test
    void aRevokedKeyIsRefusedFromTheNextRequestOn() {
        assertThat(create("{\"name\":\"Before\",\"type\":\"on_demand\"}").status()).isEqualTo(201);
        HOST.real.revokeApiKey().revoke(HOST.real.authenticateApiKey().authenticate(key).orElseThrow().id());

        assertError(create("{\"name\":\"After\",\"type\":\"on_demand\"}"), 401, "INVALID_API_KEY");
    }

    @Test
    void aKeyWithoutTheWritePermissionIs403MissingPermission() {
        String readOnly = HOST.key(Set.of(Permission.AUDIENCES_READ), group);

        assertError(http.postJson(path, readOnly, "{\"name\":\"a\",\"type\":\"on_demand\"}"), 403, "MISSING_PERMISSION");
    }

    @Test
    void aGroupTheKeyMayNotActOnIs403WhetherOrNotItExists() {
        AccountGroup other = HOST.group(Plan.STARTER, true);

        Http.Reply existing = http.postJson("/v1/accounts/" + other.id() + "/audiences", key, "{\"name\":\"a\",\"type\":\"on_demand\"}");
        Http.Reply missing = http.postJson("/v1/accounts/ffffffffffffffffffffffff/audiences", key, "{\"name\":\"a\",\"type\":\"on_demand\"}");

        assertError(existing, 403, "ACCOUNT_GROUP_ACCESS_DENIED");
        assertError(missing, 403, "ACCOUNT_GROUP_ACCESS_DENIED");
        assertThat(existing.json().get("error")).isEqualTo(missing.json().get("error"));
    }

    @Test
    void unknownRoutesAre404AndWrongMethodsAre405() {
        assertError(http.postJson("/v1/nothing", key, "{}"), 404, "NOT_FOUND");
        assertError(http.send(http.request("/").GET().build()), 404, "NOT_FOUND");
        Http.Reply wrongMethod = http.send(http.request(path).DELETE().build());
        assertError(wrongMethod, 405, "METHOD_NOT_ALLOWED");
        assertThat(wrongMethod.header("Allow")).contains("POST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json-patch+json", "*/*"})
    void aContentTypeOtherThanJsonIs415(String contentType) {
        assertError(http.post(path, key, contentType, "{\"name\":\"a\",\"type\":\"on_demand\"}"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aMissingContentTypeIs415() {
        assertError(http.post(path, key, null, "{\"name\":\"a\",\"type\":\"on_demand\"}"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=utf-8", "application/json;charset=UTF-8", "Application/JSON"})
    void jsonWithParametersIsAccepted(String contentType) {
        assertThat(http.post(path, key, contentType, "{\"name\":\"" + contentType + "\",\"type\":\"on_demand\"}").status())
                .isEqualTo(201);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "{\"name\":\"a\",\"type\":\"on_demand\",\"description\":\"" + "x".repeat(70_000) + "\"}";

        assertError(create(big), 413, "PAYLOAD_TOO_LARGE");
    }

    /**
     * The 413 goes out at once, and the rest of the body is still taken in and dropped: closing on
     * unread bytes would reset the connection under a client still sending, and a reset can destroy
     * the answer before a client that reads only once its body is sent (most do) has read it.
     */
    @Test
    void aBodyOverTheLimitIsAnsweredAtOnceAndTheRestIsStillTakenIn() throws Exception {
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", APP.getLocalPort())) {
            socket.setSoTimeout(5_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write(new byte[10_000]);

            assertThat(Http.readAnswer(socket.getInputStream())).startsWith("HTTP/1.1 413").contains("\"PAYLOAD_TOO_LARGE\"");

            out.write(new byte[80_000]);
            Thread.sleep(300);
            out.write(new byte[10_000]);
            assertThat(socket.getInputStream().read()).as("closed cleanly, not reset").isEqualTo(-1);
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        byte[] chunk = ("{\"description\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = http.request(path).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(chunk))).build();

        assertError(http.send(request), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeAuthentication() {
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000000\r\nConnection: close\r\n\r\n{";

        String answer = http.raw(head.getBytes(StandardCharsets.US_ASCII));

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("\"PAYLOAD_TOO_LARGE\"");
    }

    @Test
    void aBodyCutShortByTheClientIsAValidationError() {
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"name\":";

        String answer = http.raw(head.getBytes(StandardCharsets.US_ASCII), true);

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("\"VALIDATION_ERROR\"").contains("body: could not be read to its end");
    }

    @Test
    void eachCreationRuleIs422WithItsCodeAndDetails() {
        AccountGroup tester = HOST.group(Plan.TESTER, false);
        AccountGroup starter = HOST.group(Plan.STARTER, false);
        String testerKey = HOST.key(WRITE, tester, starter);
        String testerPath = "/v1/accounts/" + tester.id() + "/audiences";
        String starterPath = "/v1/accounts/" + starter.id() + "/audiences";

        assertThat(assertError(http.postJson(testerPath, testerKey, "{\"name\":\"w\",\"type\":\"monitoring\"}"), 422,
                "MONITORING_NOT_AVAILABLE").details()).isEqualTo("plan tester allows 0 monitoring audiences");
        assertError(http.postJson(starterPath, testerKey, "{\"name\":\"w\",\"type\":\"monitoring\"}"), 422,
                "LINKEDIN_ACCOUNT_REQUIRED");
        for (int i = 0; i < 5; i++) {
            assertThat(http.postJson(testerPath, testerKey, "{\"name\":\"n" + i + "\",\"type\":\"on_demand\"}").status()).isEqualTo(201);
        }
        assertThat(assertError(http.postJson(testerPath, testerKey, "{\"name\":\"n5\",\"type\":\"on_demand\"}"), 422,
                "AUDIENCE_LIMIT_REACHED").details()).isEqualTo("plan tester allows 5 audiences; 5 exist");
        create("{\"name\":\"m1\",\"type\":\"monitoring\"}");
        create("{\"name\":\"m2\",\"type\":\"monitoring\"}");
        assertThat(assertError(create("{\"name\":\"m3\",\"type\":\"monitoring\"}"), 422, "MONITORING_LIMIT_REACHED")
                .details()).isEqualTo("plan starter allows 2 monitoring audiences; 2 exist");
        assertError(create("{\"name\":\"  M1 \",\"type\":\"on_demand\"}"), 422, "AUDIENCE_NAME_TAKEN");
        assertError(create("{\"name\":\"Ｍ１\",\"type\":\"on_demand\"}"), 422, "AUDIENCE_NAME_TAKEN");
    }

    @Test
    void aDatabaseFailureIs500WithAGenericMessageAndNoCause() {
        HOST.storageDown.set(true);
        try {
            Http.Reply reply = create("{\"name\":\"a\",\"type\":\"on_demand\"}");

            assertError(reply, 500, "INTERNAL_ERROR");
            assertThat(reply.details()).isNull();
            assertThat(reply.text()).doesNotContain("db.internal", "Exception", "Connection refused", "at io.");
        } finally {
            HOST.storageDown.set(false);
        }
    }

    @Test
    void everyAuthenticatedResponseCarriesTheRateLimitHeaders() {
        Http.Reply ok = create("{\"name\":\"a\",\"type\":\"on_demand\"}");
        Http.Reply refused = create("{\"name\":\"\",\"type\":\"on_demand\"}");

        for (Http.Reply reply : new Http.Reply[] {ok, refused}) {
            assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("1000");
            assertThat(Integer.parseInt(reply.header("X-RateLimit-Remaining"))).isBetween(0, 999);
            assertThat(Integer.parseInt(reply.header("X-RateLimit-Reset"))).isBetween(1, 60);
        }
        assertThat(Integer.parseInt(refused.header("X-RateLimit-Remaining")))
                .isEqualTo(Integer.parseInt(ok.header("X-RateLimit-Remaining")) - 1);
    }

    @Test
    void everyLogLineOfARequestCarriesItsTraceId() {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.audiences");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines = new ch.qos.logback.core.read.ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            Http.Reply created = create("{\"name\":\"Logged\",\"type\":\"on_demand\"}");
            HOST.storageDown.set(true);
            Http.Reply failed = create("{\"name\":\"Failed\",\"type\":\"on_demand\"}");
            HOST.storageDown.set(false);

            assertThat(lines.list).filteredOn(line -> line.getFormattedMessage().startsWith("Created audience"))
                    .singleElement().satisfies(line -> assertThat(line.getMDCPropertyMap())
                            .containsEntry("traceId", created.header("X-Trace-Id")));
            assertThat(lines.list).filteredOn(line -> line.getLevel() == ch.qos.logback.classic.Level.ERROR)
                    .singleElement().satisfies(line -> assertThat(line.getMDCPropertyMap())
                            .containsEntry("traceId", failed.header("X-Trace-Id")));
            assertThat(lines.list).noneMatch(line -> line.getFormattedMessage().contains(key));
        } finally {
            HOST.storageDown.set(false);
            logger.detachAppender(lines);
        }
    }
}

package io.audiences.adapters.rest;

import static io.audiences.adapters.rest.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.adapters.rest.host.HostConfiguration;
import io.audiences.adapters.rest.host.HostFixture;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code audience-lifecycle.md} section 6 through a real HTTP server: safe retries with {@code Idempotency-Key}. */
@ExtendWith(DropwizardExtensionsSupport.class)
class IdempotencyEndpointsIT {

    private static final HostFixture HOST = new HostFixture();
    private static final DropwizardAppExtension<HostConfiguration> APP = new DropwizardAppExtension<>(HOST.support());
    private static final Set<Permission> READ_WRITE = Set.of(Permission.AUDIENCES_READ, Permission.AUDIENCES_WRITE);

    private Http http;
    private AccountGroup group;
    private String key;
    private String audiences;

    @BeforeEach
    void setUp() {
        http = new Http(APP.getLocalPort());
        group = HOST.group(Plan.STARTER, false);
        key = HOST.key(READ_WRITE, group);
        audiences = "/v1/accounts/" + group.id() + "/audiences";
    }

    private Http.Reply post(String path, String apiKey, String idempotencyKey, String body) {
        HttpRequest.Builder request = http.request(path).header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private int listed() {
        return http.get(audiences + "?limit=100", key).json().get("data").get("items").size();
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheCreationAndCreatesNothing() {
        Http.Reply first = post(audiences, key, "retry-1", "{\"name\":\"Leads\",\"type\":\"on_demand\"}");
        Http.Reply retry = post(audiences, key, "retry-1", "{ \"type\" : \"on_demand\",\n \"name\" : \"Leads\" }");

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.json().get("data")).isEqualTo(first.json().get("data"));
        assertThat(retry.json().get("traceId").asText()).isNotEqualTo(first.json().get("traceId").asText())
                .isEqualTo(retry.header("X-Trace-Id"));
        assertThat(listed()).isEqualTo(1);
    }

    @Test
    void withoutTheHeaderARetryIsANewRequest() {
        post(audiences, key, null, "{\"name\":\"Leads\",\"type\":\"on_demand\"}");

        assertError(post(audiences, key, null, "{\"name\":\"Leads\",\"type\":\"on_demand\"}"), 422, "AUDIENCE_NAME_TAKEN");
    }

    @Test
    void anotherBodyWithTheSameKeyIsRefusedAndCreatesNothing() {
        post(audiences, key, "reused", "{\"name\":\"Leads\",\"type\":\"on_demand\"}");

        Http.Reply other = post(audiences, key, "reused", "{\"name\":\"Other\",\"type\":\"on_demand\"}");

        assertThat(assertError(other, 422, "IDEMPOTENCY_KEY_REUSED").header("Idempotent-Replayed")).isNull();
        assertThat(listed()).isEqualTo(1);
    }

    @Test
    void aRefusalByARuleIsKeptAndReplayed() {
        Http.Reply refused = post(audiences, key, "watch", "{\"name\":\"Watch\",\"type\":\"monitoring\"}");
        Http.Reply again = post(audiences, key, "watch", "{\"name\":\"Watch\",\"type\":\"monitoring\"}");

        assertThat(assertError(refused, 422, "LINKEDIN_ACCOUNT_REQUIRED").details()).isNotBlank();
        assertThat(assertError(again, 422, "LINKEDIN_ACCOUNT_REQUIRED").json().get("error")).isEqualTo(refused.json().get("error"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aBadRequestIsNotKeptSoTheClientCanCorrectItUnderTheSameKey() {
        assertError(post(audiences, key, "fix-me", "{\"name\":\"\",\"type\":\"on_demand\"}"), 400, "VALIDATION_ERROR");

        Http.Reply corrected = post(audiences, key, "fix-me", "{\"name\":\"Fixed\",\"type\":\"on_demand\"}");

        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "tab\tinside"})
    void aMalformedKeyIs400NamingTheHeader(String idempotencyKey) {
        Http.Reply reply = post(audiences, key, idempotencyKey, "{\"name\":\"Leads\",\"type\":\"on_demand\"}");

        assertThat(assertError(reply, 400, "VALIDATION_ERROR").details()).startsWith("Idempotency-Key: ");
        assertThat(listed()).isZero();
    }

    @Test
    void aKeyWithBytesBeyondAsciiIs400() {
        String body = "{\"name\":\"Caf\u00e9\",\"type\":\"on_demand\"}";
        byte[] head = ("POST " + audiences + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + key
                + "\r\nContent-Type: application/json\r\nIdempotency-Key: caf").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head);
        request.writeBytes(new byte[] {(byte) 0xC3, (byte) 0xA9});
        request.writeBytes(tail);

        String answer = http.raw(request.toByteArray());

        assertThat(answer).startsWith("HTTP/1.1 400").contains("Idempotency-Key: must be 1-255 visible ASCII characters");
        assertThat(listed()).isZero();
    }

    @Test
    void aKeySentTwiceIs400NamingTheHeaderWhicheverComesFirst() {
        String body = "{\"name\":\"Twice\",\"type\":\"on_demand\"}";
        for (String keys : List.of("Idempotency-Key: first\r\nIdempotency-Key: second", "Idempotency-Key: same\r\nIdempotency-Key: same")) {
            String answer = http.raw(("POST " + audiences + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + key
                    + "\r\nContent-Type: application/json\r\n" + keys + "\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));

            assertThat(answer).startsWith("HTTP/1.1 400").contains("Idempotency-Key: must be sent once");
        }
        assertThat(listed()).isZero();
    }

    @Test
    void keysOf255VisibleCharactersAreTakenAnd256AreNot() {
        assertThat(post(audiences, key, "k".repeat(255), "{\"name\":\"Long\",\"type\":\"on_demand\"}").status()).isEqualTo(201);
        assertError(post(audiences, key, "k".repeat(256), "{\"name\":\"Longer\",\"type\":\"on_demand\"}"), 400, "VALIDATION_ERROR");
    }

    @Test
    void theScopeIsTheApiKeyTheGroupAndTheRoute() {
        String otherKey = HOST.key(READ_WRITE, group);
        Http.Reply mine = post(audiences, key, "scoped", "{\"name\":\"Mine\",\"type\":\"on_demand\"}");
        Http.Reply theirs = post(audiences, otherKey, "scoped", "{\"name\":\"Theirs\",\"type\":\"on_demand\"}");
        Http.Reply folder = post(audiences + "/folders", key, "scoped", "{\"name\":\"Mine\",\"audienceType\":\"on_demand\"}");
        Http.Reply folderAgain = post(audiences + "/folders", key, "scoped", "{\"name\":\"Mine\",\"audienceType\":\"on_demand\"}");

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(folder.status()).isEqualTo(201);
        assertThat(folder.header("Location")).startsWith(audiences + "/folders/");
        assertThat(folderAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(folderAgain.json().get("data")).isEqualTo(folder.json().get("data"));
        assertThat(listed()).isEqualTo(2);
    }

    @Test
    void aRetryWhileTheFirstRequestRunsIs409WithRetryAfterThenTheReplay() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HOST.holdCreations.set(release);
        int held = HOST.heldCreations.get();
        try {
            CompletableFuture<Http.Reply> first = CompletableFuture.supplyAsync(
                    () -> post(audiences, key, "slow", "{\"name\":\"Slow\",\"type\":\"on_demand\"}"));
            HOST.awaitHeldCreation(held);
            Http.Reply meanwhile = post(audiences, key, "slow", "{\"name\":\"Slow\",\"type\":\"on_demand\"}");
            assertError(meanwhile, 409, "IDEMPOTENCY_KEY_IN_USE");
            assertThat(meanwhile.header("Retry-After")).isEqualTo("1");

            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(201);
        } finally {
            HOST.holdCreations.set(null);
            release.countDown();
        }
        Http.Reply after = post(audiences, key, "slow", "{\"name\":\"Slow\",\"type\":\"on_demand\"}");
        assertThat(after.status()).isEqualTo(201);
        assertThat(after.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(listed()).isEqualTo(1);
    }

    @Test
    void aRevokedKeyGets401NotTheReplay() {
        post(audiences, key, "revoked", "{\"name\":\"Leads\",\"type\":\"on_demand\"}");
        HOST.real.revokeApiKey().revoke(HOST.real.authenticateApiKey().authenticate(key).orElseThrow().id());

        assertError(post(audiences, key, "revoked", "{\"name\":\"Leads\",\"type\":\"on_demand\"}"), 401, "INVALID_API_KEY");
    }
}

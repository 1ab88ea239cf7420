package io.audiences.adapters.rest;

import static io.audiences.adapters.rest.Envelopes.assertError;

import io.audiences.adapters.rest.host.HostConfiguration;
import io.audiences.adapters.rest.host.HostFixture;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Section 3: when a request breaks several rules, the earliest check decides. Each test breaks
 * one rule and every later one, so that a check running too early would change the answer.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OrderOfChecksIT {

    private static final HostFixture HOST = new HostFixture();
    private static final DropwizardAppExtension<HostConfiguration> APP = new DropwizardAppExtension<>(
            HOST.support(ConfigOverride.config("rateLimit.limitForPeriod", "3")));

    private static final String BAD_BODY = "{\"name\":\"\",\"type\":\"x\"}";
    private static final String MONITORING = "{\"name\":\"w\",\"type\":\"monitoring\"}";

    private Http http;
    private AccountGroup tester;
    private String path;

    @BeforeEach
    void setUp() {
        http = new Http(APP.getLocalPort());
        tester = HOST.group(Plan.TESTER, false);
        path = "/v1/accounts/" + tester.id() + "/audiences";
    }

    private String key(Permission... permissions) {
        return HOST.key(Set.of(permissions), tester);
    }

    @Test
    void routeAndMethodComeBeforeAuthentication() {
        assertError(http.post("/v1/elsewhere", null, "text/plain", BAD_BODY), 404, "NOT_FOUND");
        assertError(http.send(http.request(path).PUT(HttpRequest.BodyPublishers.ofString(BAD_BODY)).build()), 405,
                "METHOD_NOT_ALLOWED");
    }

    @Test
    void authenticationComesBeforeEverythingElse() {
        assertError(http.post("/v1/accounts/NOT-HEX/audiences", "sk_live_wrong", "text/plain", BAD_BODY), 401,
                "INVALID_API_KEY");
    }

    @Test
    void aMalformedContentTypeOrAcceptHeaderComesAfterAuthentication() {
        HttpRequest.Builder malformedContentType = http.request(path).header("Content-Type", "application/json;;;=")
                .POST(HttpRequest.BodyPublishers.ofString(BAD_BODY));
        HttpRequest.Builder malformedAccept = http.request(path).header("Accept", "a/b;q=x").GET();

        assertError(http.send(malformedContentType.build()), 401, "INVALID_API_KEY");
        assertError(http.send(malformedAccept.build()), 401, "INVALID_API_KEY");
    }

    @Test
    void aMalformedContentTypeIsAnUnsupportedMediaTypeAndAMalformedAcceptIsIgnored() {
        String key = key(Permission.AUDIENCES_WRITE, Permission.AUDIENCES_READ);

        assertError(http.send(http.request(path).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json;;;=").POST(HttpRequest.BodyPublishers.ofString(BAD_BODY)).build()),
                415, "UNSUPPORTED_MEDIA_TYPE");
        org.assertj.core.api.Assertions.assertThat(http.send(http.request(path).header("Authorization", "Bearer " + key)
                .header("Accept", "a/b;q=x").GET().build()).status()).isEqualTo(200);
    }

    @Test
    void theRateLimitComesBeforePermissionPathAccessMediaTypeAndBody() {
        String readOnly = key(Permission.AUDIENCES_READ);
        for (int i = 0; i < 3; i++) {
            assertError(http.post("/v1/accounts/NOT-HEX/audiences", readOnly, "text/plain", BAD_BODY), 403,
                    "MISSING_PERMISSION");
        }

        Http.Reply limited = assertError(http.post("/v1/accounts/NOT-HEX/audiences", readOnly, "text/plain", BAD_BODY),
                429, "RATE_LIMIT_EXCEEDED");

        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        org.assertj.core.api.Assertions.assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
        org.assertj.core.api.Assertions.assertThat(limited.header("X-RateLimit-Limit")).isEqualTo("3");
    }

    @Test
    void permissionComesBeforeThePathFormat() {
        assertError(http.post("/v1/accounts/NOT-HEX/audiences", key(Permission.AUDIENCES_READ), "text/plain", BAD_BODY),
                403, "MISSING_PERMISSION");
    }

    @Test
    void thePathFormatComesBeforeAccess() {
        assertError(http.post("/v1/accounts/NOT-HEX/audiences", key(Permission.AUDIENCES_WRITE), "text/plain", BAD_BODY),
                400, "VALIDATION_ERROR");
    }

    @Test
    void accessComesBeforeTheMediaType() {
        assertError(http.post("/v1/accounts/ffffffffffffffffffffffff/audiences", key(Permission.AUDIENCES_WRITE),
                "text/plain", BAD_BODY), 403, "ACCOUNT_GROUP_ACCESS_DENIED");
    }

    @Test
    void theMediaTypeComesBeforeTheBody() {
        assertError(http.post(path, key(Permission.AUDIENCES_WRITE), "text/plain", BAD_BODY), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void theBodyComesBeforeTheCreationRules() {
        assertError(http.postJson(path, key(Permission.AUDIENCES_WRITE), "{\"name\":\"\",\"type\":\"monitoring\"}"), 400,
                "VALIDATION_ERROR");
        assertError(http.postJson(path, key(Permission.AUDIENCES_WRITE), MONITORING), 422, "MONITORING_NOT_AVAILABLE");
    }
}

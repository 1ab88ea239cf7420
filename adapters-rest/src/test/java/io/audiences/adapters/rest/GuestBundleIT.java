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
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundle is a guest: a host application answers every request of its own exactly as it does
 * without the bundle (its resources, its exception, its Basic authentication, its 404s, its OPTIONS,
 * Jetty's refusals), while the bundle's routes keep the contract.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class GuestBundleIT {

    private static final HostFixture HOST = new HostFixture();
    private static final DropwizardAppExtension<HostConfiguration> ALONE = new DropwizardAppExtension<>(HOST.hostSupport(false));
    private static final DropwizardAppExtension<HostConfiguration> WITH_BUNDLE = new DropwizardAppExtension<>(HOST.hostSupport(true));

    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));

    /** What the host's client sees of an answer: status, the headers that matter, and the body. */
    private record Seen(int status, String contentType, String wwwAuthenticate, String allow, String body) {
        static Seen of(Http.Reply reply) {
            return new Seen(reply.status(), reply.header("Content-Type"), reply.header("WWW-Authenticate"),
                    reply.header("Allow"), reply.text());
        }
    }

    static Stream<Arguments> hostRequests() {
        return Stream.of(
                request("a 100 KB upload", http -> http.post("/host/upload", null, "application/octet-stream", "x".repeat(100_000))),
                request("an exception of the host's", http -> http.send(http.request("/host/conflict").GET().build())),
                request("Basic auth, no credentials", http -> http.send(http.request("/host/secret").GET().build())),
                request("Basic auth, wrong credentials", http -> http.send(http.request("/host/secret")
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:no".getBytes(StandardCharsets.UTF_8)))
                        .GET().build())),
                request("Basic auth, right credentials", http -> http.send(http.request("/host/secret").header("Authorization", BASIC)
                        .GET().build())),
                request("an unknown path", http -> http.send(http.request("/host/nothing").GET().build())),
                request("an unknown path under /v1", http -> http.send(http.request("/v1/elsewhere").GET().build())),
                request("OPTIONS", http -> http.send(http.request("/host/ping")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build())),
                request("a method the server refuses", http -> http.rawReply(
                        "TRACE /host/ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")),
                request("a malformed URI", http -> http.rawReply(
                        "GET /host/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")),
                request("its own resource", http -> http.send(http.request("/host/ping").GET().build())));
    }

    private static Arguments request(String name, Function<Http, Http.Reply> send) {
        return Arguments.of(name, send);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostRequests")
    void theHostAnswersAsItDoesWithoutTheBundle(String name, Function<Http, Http.Reply> send) {
        Seen alone = Seen.of(send.apply(new Http(ALONE.getLocalPort())));
        Seen withBundle = Seen.of(send.apply(new Http(WITH_BUNDLE.getLocalPort())));

        assertThat(withBundle).as(name).isEqualTo(alone);
    }

    @Test
    void theHostsOwnAnswersAreTheOnesItChose() {
        Http http = new Http(WITH_BUNDLE.getLocalPort());

        assertThat(http.send(http.request("/host/conflict").GET().build()).status()).isEqualTo(409);
        assertThat(http.send(http.request("/host/secret").GET().build()).header("WWW-Authenticate")).contains("Basic");
        assertThat(http.post("/host/upload", null, "application/octet-stream", "x".repeat(100_000)).text())
                .isEqualTo("received 100000 bytes");
    }

    @Test
    void theBundlesRoutesKeepTheContractInTheHost() {
        Http http = new Http(WITH_BUNDLE.getLocalPort());
        AccountGroup group = HOST.group(Plan.STARTER, true);
        String key = HOST.key(Set.of(Permission.AUDIENCES_WRITE), group);
        String audiences = "/v1/accounts/" + group.id() + "/audiences";

        assertThat(http.postJson(audiences, key, "{\"name\":\"Guest\",\"type\":\"on_demand\"}").status()).isEqualTo(201);
        assertThat(assertError(http.send(http.request("/v1/accounts").GET().build()), 401, "INVALID_API_KEY")
                .header("WWW-Authenticate")).isEqualTo("Bearer");
        assertError(http.send(http.request(audiences + "/x/y").header("Authorization", "Bearer " + key).GET().build()),
                404, "NOT_FOUND");
        assertError(http.send(http.request("/v1/accounts").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build()),
                405, "METHOD_NOT_ALLOWED");
        assertError(http.postJson(audiences, key, "{\"description\":\"" + "x".repeat(100_000) + "\"}"), 413, "PAYLOAD_TOO_LARGE");
        assertError(http.rawReply("TRACE /v1/accounts HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 405,
                "METHOD_NOT_ALLOWED");
        assertThat(http.send(http.request("/openapi.yaml").GET().build()).status()).isEqualTo(200);
    }
}

package io.audiences.adapters.rest;

import static io.audiences.adapters.rest.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.adapters.rest.host.HostConfiguration;
import io.audiences.adapters.rest.host.HostFixture;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What Jetty and Jersey answer on their own is the envelope too, never HTML or plain text. */
@ExtendWith(DropwizardExtensionsSupport.class)
class HttpStackErrorsIT {

    private static final HostFixture HOST = new HostFixture();
    private static final DropwizardAppExtension<HostConfiguration> APP = new DropwizardAppExtension<>(HOST.support());

    private Http.Reply raw(String request) {
        return new Http(APP.getLocalPort()).rawReply(request);
    }

    @Test
    void aMalformedUriIsAnEnvelopedBadRequest() {
        assertError(raw("GET /v1/accounts/%zz/audiences HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400,
                "VALIDATION_ERROR");
    }

    @Test
    void anAmbiguousEncodedPathIsAnEnvelopedBadRequest() {
        Http.Reply reply = raw("POST /v1/accounts/..%2F..%2Fetc/audiences HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(reply.status()).isIn(400, 404);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json()).isNotNull();
    }

    @Test
    void headersTooLargeAreAnEnvelopedErrorWithACodeOfTheirOwn() {
        assertError(raw("GET /v1/accounts HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"), 431, "HEADERS_TOO_LARGE");
    }

    @Test
    void aUriTooLongIsAnEnvelopedErrorWithACodeOfItsOwn() {
        assertError(raw("GET /v1/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                414, "URI_TOO_LONG");
    }

    @Test
    void anExpectationTheServerCannotMeetIsAnEnvelopedErrorWithACodeOfItsOwn() {
        assertError(raw("POST /v1/accounts HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}"), 417, "EXPECTATION_FAILED");
    }

    @Test
    void http2WithoutUpgradeIsAnEnvelopedErrorWithACodeOfItsOwn() {
        assertError(raw("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), 426, "UPGRADE_REQUIRED");
    }

    @Test
    void aGarbledRequestLineIsAnEnvelopedBadRequest() {
        Http.Reply reply = raw("NONSENSE\r\n\r\n");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.code()).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void anUnsupportedHttpVersionIsAnEnvelopedErrorWithACodeOfItsOwn() {
        assertError(raw("GET / HTTP/7.0\r\nHost: x\r\n\r\n"), 505, "HTTP_VERSION_NOT_SUPPORTED");
    }

    @Test
    void optionsIsAnEnvelopedMethodNotAllowedWithTheAllowedMethods() {
        Http.Reply reply = new Http(APP.getLocalPort()).send(new Http(APP.getLocalPort())
                .request("/v1/accounts/aaaaaaaaaaaaaaaaaaaaaaaa/audiences")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertError(reply, 405, "METHOD_NOT_ALLOWED");
        assertThat(reply.header("Allow")).isEqualTo("GET, POST");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"HEAD", "OPTIONS", "PUT"})
    void methodsNotOfferedAre405BeforeTheKeyIsLookedAtAndNoAllowNamesHeadOrOptions(String method) {
        Http http = new Http(APP.getLocalPort());
        Http.Reply reply = http.send(http.request("/v1/accounts/aaaaaaaaaaaaaaaaaaaaaaaa/audiences/bbbbbbbbbbbbbbbbbbbbbbbb")
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).isEqualTo("DELETE, GET, PATCH");
        if (!method.equals("HEAD")) {
            assertError(reply, 405, "METHOD_NOT_ALLOWED");
        }
    }

    /** Found by the hostile-input test: Jersey's own OPTIONS answer for these says Content-Length: 0. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"text/html", "application/xml", "application/json;q=0"})
    void optionsIsAnEnvelopedMethodNotAllowedWhateverTheClientAccepts(String accept) {
        Http.Reply reply = new Http(APP.getLocalPort()).send(new Http(APP.getLocalPort())
                .request("/v1/accounts").header("Accept", accept)
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertError(reply, 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void methodsTheServerRefusesOutrightAreEnveloped() {
        assertError(raw("TRACE /v1/accounts HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 405,
                "METHOD_NOT_ALLOWED");
        assertError(raw("PROPFIND /v1/accounts HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 405,
                "METHOD_NOT_ALLOWED");
    }

    @Test
    void jerseysOwnNotFoundIsEnveloped() {
        assertError(raw("GET /favicon.ico HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 404, "NOT_FOUND");
    }
}

package io.audiences.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions on the contract's envelope (section 2). */
public final class Envelopes {

    private Envelopes() {
    }

    /** An error envelope: status, JSON, the code, a message, and one trace id in body and header. */
    public static Http.Reply assertError(Http.Reply reply, int status, String code) {
        assertThat(reply.status()).as("status of %s", reply.text()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as("content type").startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(body).as("JSON body of %s", reply.text()).isNotNull();
        assertThat(body.fieldNames()).toIterable().containsExactly("success", "data", "error", "traceId");
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.get("data").isNull()).isTrue();
        assertThat(body.get("error").fieldNames()).toIterable().containsExactly("code", "message", "details");
        assertThat(reply.code()).isEqualTo(code);
        assertThat(body.get("error").get("message").asText()).isNotBlank();
        assertTraceId(reply);
        assertNotStoredNorSniffed(reply);
        return reply;
    }

    /** No cache keeps an API answer, and no browser reads it as anything but what it says it is. */
    public static void assertNotStoredNorSniffed(Http.Reply reply) {
        assertThat(reply.header("Cache-Control")).as("Cache-Control").contains("no-store");
        assertThat(reply.header("X-Content-Type-Options")).as("X-Content-Type-Options").isEqualTo("nosniff");
    }

    public static void assertTraceId(Http.Reply reply) {
        assertThat(reply.json().get("traceId").asText()).matches("[0-9a-f]{24}");
        assertThat(reply.header("X-Trace-Id")).isEqualTo(reply.json().get("traceId").asText());
    }
}

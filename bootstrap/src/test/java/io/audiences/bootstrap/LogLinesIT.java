package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.audiences.adapters.rest.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service with a configuration file that has {@code server:} and {@code logging:} blocks
 * of its own, as nearly every deployment's does: the lines written for a request still carry its
 * trace id, in text and in JSON, and the start prints no status lines of logback's. And a file naming an
 * unset environment variable does not start.
 */
class LogLinesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workingDirectory;

    private Path configuration(String logging) throws IOException {
        Path config = workingDirectory.resolve("config.yml");
        Files.writeString(config, TestConfigurations.H2_FILE_DATABASE + TestConfigurations.RANDOM_PORTS + """
                  requestLog:
                    appenders:
                      - type: console
                logging:
                  level: INFO
                  appenders:
                """ + logging);
        return config;
    }

    @Test
    void textLogLinesOfARequestCarryItsTraceIdWithTheFilesOwnServerAndLoggingBlocks() throws Exception {
        Path config = configuration("    - type: console\n      threshold: INFO\n");
        String[] groupAndKey = seed(config);

        try (JarProcess server = JarProcess.startServer(workingDirectory, List.of(), config.toString())) {
            String traceId = create(server, groupAndKey);

            String created = awaitLine(server, "Created audience");
            assertThat(created).contains("[trace=" + traceId + "]");
            assertThat(awaitLine(server, "POST /v1/accounts/")).contains("trace=" + traceId);
            new Http(server.adminPort()).get("/ping");
            assertThat(awaitLine(server, "GET /ping")).as("the admin port gives no trace id").endsWith(" trace=- request=-");
            assertThat(awaitLine(server, "Audiences serving the API on 0.0.0.0:" + server.port()))
                    .contains(", admin on 127.0.0.1:" + server.adminPort() + ", database jdbc:h2:file:./data/audiences");
            assertThat(server.stdout()).as("lines written outside a request").doesNotContain("[trace=]");
            assertThat(server.stdout() + server.stderr()).as("logback-access's status lines")
                    .doesNotContain("|-INFO").doesNotContain("|-WARN").doesNotContain("Versions of logback-access");
        }
    }

    @Test
    void theCallersRequestIdOrTraceparentIsLoggedBesideTheTraceId() throws Exception {
        Path config = configuration("    - type: console\n");
        String[] groupAndKey = seed(config);

        try (JarProcess server = JarProcess.startServer(workingDirectory, List.of(), config.toString())) {
            String byRequestId = create(server, groupAndKey, "First", "X-Request-Id", "checkout-7f3a");
            String byTraceparent = create(server, groupAndKey, "Second", "traceparent",
                    "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
            String forged = create(server, groupAndKey, "Third", "X-Request-Id", "has space");

            assertThat(awaitLine(server, "[trace=" + byRequestId)).contains("[trace=" + byRequestId + " request=checkout-7f3a]");
            assertThat(awaitLine(server, " trace=" + byRequestId)).endsWith("request=checkout-7f3a");
            assertThat(awaitLine(server, "[trace=" + byTraceparent))
                    .contains("[trace=" + byTraceparent + " request=4bf92f3577b34da6a3ce929d0e0e4736]");
            assertThat(awaitLine(server, "[trace=" + forged)).contains("[trace=" + forged + "]");
        }
    }

    @Test
    void jsonLogLinesCarryTheTraceIdAsAField() throws Exception {
        Path config = configuration("    - type: console\n      layout:\n        type: json\n");
        String[] groupAndKey = seed(config);

        try (JarProcess server = JarProcess.startServer(workingDirectory, List.of(), config.toString())) {
            String traceId = create(server, groupAndKey);

            JsonNode created = JSON.readTree(awaitLine(server, "Created audience"));
            assertThat(created.path("mdc").path("traceId").asText()).isEqualTo(traceId);
            assertThat(created.path("message").asText()).startsWith("Created audience");

            // The request log is JSON too, with the trace id and the caller's id as fields.
            JsonNode request = JSON.readTree(awaitLine(server, "\"responseHeaders\":{\"X-Trace-Id\":\"" + traceId));
            assertThat(request.path("method").asText()).isEqualTo("POST");
            assertThat(request.path("status").asInt()).isEqualTo(201);
            rawExchange(server.port(), CALLER_TEXT);
            JsonNode hostile = JSON.readTree(awaitLine(server, "\"pathQuery\":\"/v1/accounts?a=%25zz"));
            assertThat(hostile.path("requestAttributes").path("requestId").asText()).isEqualTo("ab\"c\\d");
            assertThat(hostile.path("userAgent").asText()).isEqualTo("evil\"agent\\x");
            assertThat(hostile.path("status").asInt()).isEqualTo(401);
        }
    }

    /**
     * Caller text in the text request log is escaped as Apache's is ({@code \"}, {@code \\}), so no
     * header can end a quoted field early; and a request whose query does not decode is logged (it
     * was dropped by logback-access), its {@code %} signs escaped.
     */
    @Test
    void theTextRequestLogEscapesCallerTextAndLogsEveryRequest() throws Exception {
        Path config = configuration("    - type: console\n");
        seed(config);

        try (JarProcess server = JarProcess.startServer(workingDirectory, List.of(), config.toString())) {
            rawExchange(server.port(), CALLER_TEXT);

            assertThat(awaitLine(server, "GET /v1/accounts?a=%25zz HTTP/1.1\" 401"))
                    .contains("\"evil\\\"agent\\\\x\"").endsWith(" request=ab\\\"c\\\\d");
        }
    }

    /** A request with a query that does not decode, and caller text with a quote and a backslash. */
    private static final String CALLER_TEXT = "GET /v1/accounts?a=%zz HTTP/1.1\r\nHost: x\r\nX-Request-Id: ab\"c\\d\r\n"
            + "User-Agent: evil\"agent\\x\r\nConnection: close\r\n\r\n";

    /**
     * An operator turns every logger to TRACE (the admin port's log-level task, as at 3 a.m.), and
     * requests then send an API key in every position: alone, first, last (where Jetty's buffer dumps
     * show a request's last bytes), pipelined, refused, over a kept-alive connection. No part of a key
     * reaches the log: not the key, nor any 12 characters of its random part.
     */
    @Test
    void noPartOfAnApiKeyReachesTheLogWhateverTheLevel() throws Exception {
        Path config = configuration("    - type: console\n      threshold: ALL\n");
        String[] groupAndKey = seed(config);
        String unknownKey = "sk_live_" + "Zq7".repeat(11);

        try (JarProcess server = JarProcess.startServer(workingDirectory, List.of(), config.toString())) {
            Http admin = new Http(server.adminPort());
            for (String logger : List.of("ROOT", "org.eclipse.jetty", "org.glassfish", "io.dropwizard", "io.audiences")) {
                assertThat(admin.send(admin.request("/tasks/log-level?logger=" + logger + "&level=TRACE")
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(200);
            }
            String group = groupAndKey[0];
            String key = groupAndKey[1];
            String body = "{\"name\":\"Traced\",\"type\":\"on_demand\"}";
            String create = "POST /v1/accounts/" + group + "/audiences HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\nAuthorization: Bearer " + key + "\r\n\r\n" + body;
            String lastHeader = "GET /v1/accounts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + key + "\r\n\r\n";
            String firstHeader = "GET /v1/accounts/" + group + "/audiences HTTP/1.1\r\nAuthorization: Bearer " + key
                    + "\r\nHost: x\r\n\r\n";
            String unknown = "GET /v1/accounts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + unknownKey + "\r\n\r\n";
            String lowerCase = "GET /v1/accounts HTTP/1.1\r\nhost: x\r\nauthorization: bearer " + key + "\r\nConnection: close\r\n\r\n";
            rawExchange(server.port(), create + lastHeader + firstHeader + unknown + lowerCase);
            rawExchange(server.port(), lastHeader.replace("HTTP/1.1\r\n", "HTTP/1.1\r\nConnection: close\r\n"));
            awaitLine(server, "GET /v1/accounts HTTP/1.1\" 200");

            String logs = server.stdout() + server.stderr();
            assertThat(logs).as("the log at TRACE").contains("HttpParser").contains("Authorization");
            for (String secret : List.of(key, unknownKey)) {
                String random = secret.substring("sk_live_".length());
                for (int start = 0; start + 12 <= random.length(); start++) {
                    assertThat(logs).as("12 characters of an API key").doesNotContain(random.substring(start, start + 12));
                }
            }
        }
    }

    /** Writes {@code requests} on one connection and reads until the server closes it. */
    private static void rawExchange(int port, String requests) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(requests.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.getInputStream().readAllBytes();
        }
    }

    @Test
    void anUnsetEnvironmentVariableStopsTheStartNamingIt() throws Exception {
        Path config = workingDirectory.resolve("config.yml");
        Files.writeString(config, "pagination:\n  cursorSecret: ${AUDIENCES_TEST_UNSET_SECRET}\n");

        JarProcess.Result result = JarProcess.run(workingDirectory, "check", config.toString());

        assertThat(result.exitCode()).as("a configuration failure").isEqualTo(4);
        assertThat(result.stdout() + result.stderr()).contains("AUDIENCES_TEST_UNSET_SECRET");
    }

    private String[] seed(Path config) {
        SeededByCommands seeded = SeededByCommands.in(workingDirectory, config);
        return new String[] {seeded.group(), seeded.key()};
    }

    private static String create(JarProcess server, String[] groupAndKey) {
        return create(server, groupAndKey, "Logged", "X-Unused", "-");
    }

    /** Creates an audience named {@code name}, sending {@code header}; the answer's trace id. */
    private static String create(JarProcess server, String[] groupAndKey, String name, String header, String value) {
        Http http = new Http(server.port());
        Http.Reply reply = http.send(http.request("/v1/accounts/" + groupAndKey[0] + "/audiences")
                .header("Authorization", "Bearer " + groupAndKey[1]).header("Content-Type", "application/json")
                .header(header, value)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"type\":\"on_demand\"}"))
                .build());
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.header("X-Trace-Id");
    }

    /** The first line of the server's output containing {@code text}, waiting for it a while. */
    private static String awaitLine(JarProcess server, String text) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var line = server.stdout().lines().filter(candidate -> candidate.contains(text)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line with \"" + text + "\" in:\n" + server.stdout());
    }
}

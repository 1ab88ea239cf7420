package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.adapters.rest.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command: the packaged jar's {@code server} with no configuration file starts on
 * the embedded H2 default in {@code ./data} and prints a working API key and curl line, created once.
 */
class FirstRunIT {

    /** Random ports instead of 8080/8081, through Dropwizard's {@code dw.} overrides (which the test also proves). */
    private static final List<String> RANDOM_PORTS = List.of(
            "-Ddw.server.applicationConnectors[0].port=0", "-Ddw.server.adminConnectors[0].port=0");

    private static final Pattern CURL = Pattern.compile(
            "curl -i -X POST http://localhost:(\\d+)(/v1/accounts/([0-9a-f]{24})/audiences) \\\\\\s+"
                    + "-H 'Authorization: Bearer (sk_live_[A-Za-z0-9_-]{43})' \\\\\\s+"
                    + "-H 'Content-Type: application/json' \\\\\\s+-d (.+)$", Pattern.MULTILINE);

    @TempDir
    Path workingDirectory;

    @Test
    void theFirstRunPrintsAKeyAndACurlLineThatWorkAndKeepsThemAcrossRestarts() {
        Matcher first;
        try (JarProcess server = JarProcess.startServer(workingDirectory, RANDOM_PORTS)) {
            first = awaitBanner(server);
            assertThat(Integer.parseInt(first.group(1))).isEqualTo(server.port());

            Http.Reply reply = new Http(server.port()).postJson("/v1/accounts/" + first.group(3) + "/audiences", first.group(4),
                    asTheShellSends(first.group(5)));

            assertThat(reply.status()).as(reply.text()).isEqualTo(201);
            assertThat(reply.json().get("data").get("name").asText()).startsWith("My first audience ");
            String traceId = reply.header("X-Trace-Id");
            awaitOutput(server, "[trace=" + traceId + "] io.audiences.adapters.rest.audience.AudienceResource: Created audience");
            awaitOutput(server, " 201 ");
            assertThat(server.stdout().lines().filter(line -> line.contains(" 201 ")).findFirst().orElseThrow())
                    .endsWith("trace=" + traceId + " request=-");
            Http.Reply health = new Http(server.adminPort()).get("/healthcheck");
            assertThat(health.text()).contains("\"audiences-storage\"").contains("\"healthy\":true");
            assertThat(health.json().has("database")).as("no check that queues probes (JdbiFactory's)").isFalse();
            assertThat(new Http(server.adminPort()).get("/metrics").text()).contains("AudienceResource.create");
        }
        assertThat(Files.isRegularFile(workingDirectory.resolve("data/audiences.mv.db"))).isTrue();

        try (JarProcess again = JarProcess.startServer(workingDirectory, RANDOM_PORTS)) {
            Matcher second = awaitBanner(again);
            assertThat(second.group(3)).isEqualTo(first.group(3));
            assertThat(second.group(4)).isEqualTo(first.group(4));
            Http.Reply afterARestart = new Http(again.port()).postJson("/v1/accounts/" + second.group(3) + "/audiences", second.group(4),
                    asTheShellSends(second.group(5)));
            assertThat(afterARestart.status()).as("the printed line, pasted again after a restart: " + afterARestart.text()).isEqualTo(201);
        }
    }

    @Test
    void aConfigurationFileCreatesNoDemoData() throws Exception {
        Path config = workingDirectory.resolve("production.yml");
        Files.writeString(config, """
                database:
                  driverClass: org.h2.Driver
                  url: jdbc:h2:file:./prod/audiences
                  user: sa
                  password: ""
                """ + TestConfigurations.RANDOM_PORTS);

        try (JarProcess server = JarProcess.startServer(workingDirectory, List.of(), config.toString())) {
            awaitOutput(server, "No API key can call this service yet. Create an account group, then a key for it");
            assertThat(server.stdout()).doesNotContain("sk_live_").doesNotContain("curl");
        }
        assertThat(workingDirectory.resolve("data/demo-key.json")).doesNotExist();
        assertThat(Files.isRegularFile(workingDirectory.resolve("prod/audiences.mv.db"))).isTrue();
    }

    /** The body curl sends for the printed {@code -d} argument: the shell's quoting and substitutions applied. */
    private static String asTheShellSends(String argument) {
        try {
            Process shell = new ProcessBuilder("bash", "-c", "printf %s " + argument).redirectErrorStream(true).start();
            String body = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(shell.waitFor()).as(body).isZero();
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitOutput(JarProcess server, String text) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!server.stdout().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no \"" + text + "\" in:\n" + server.stdout());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Matcher awaitBanner(JarProcess server) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Matcher matcher = CURL.matcher(server.stdout());
            if (matcher.find()) {
                return matcher;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no curl line in:\n" + server.stdout());
    }
}

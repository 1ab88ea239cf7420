package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.adapters.rest.Http;
import io.audiences.bootstrap.PrometheusParser.Format;
import io.audiences.bootstrap.PrometheusParser.Sample;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The admin port's {@code /prometheus}, scraped from the packaged service after known requests and
 * read by Prometheus' own parsers, in the Prometheus text format and in (strict) OpenMetrics: the
 * service's counters hold what those requests did, and the JVM, Jetty, pool and request metrics are
 * there.
 */
class PrometheusScrapeIT {

    private static final String OPENMETRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    @TempDir
    Path workingDirectory;

    @ParameterizedTest
    @EnumSource(Format.class)
    void aScrapeParsesAndCountsWhatTheServiceDid(Format format) throws Exception {
        Path config = workingDirectory.resolve("config.yml");
        Files.writeString(config, TestConfigurations.H2_FILE_DATABASE + TestConfigurations.RANDOM_PORTS + """
                rateLimit:
                  limitForPeriod: 5
                  refreshPeriod: 1h
                failedAuthenticationLimit:
                  limitForPeriod: 2
                  refreshPeriod: 1h
                """);
        SeededByCommands seeded = SeededByCommands.in(workingDirectory, config);

        try (JarProcess server = JarProcess.startServer(workingDirectory, List.of(), config.toString())) {
            Http api = new Http(server.port());
            String audiences = "/v1/accounts/" + seeded.group() + "/audiences";
            assertThat(create(api, audiences, seeded.key(), "First", "on_demand")).isEqualTo(201);
            assertThat(create(api, audiences, seeded.key(), "First", "on_demand")).isEqualTo(422);
            assertThat(create(api, audiences, seeded.key(), "Watched", "monitoring")).isEqualTo(422);
            assertThat(create(api, audiences, seeded.key(), "Second", "on_demand")).isEqualTo(201);
            assertThat(create(api, audiences, seeded.key(), "Third", "on_demand")).isEqualTo(201);
            assertThat(create(api, audiences, seeded.key(), "Fourth", "on_demand")).isEqualTo(429);
            assertThat(create(api, audiences, "sk_live_unknown", "Nope", "on_demand")).isEqualTo(401);
            assertThat(create(api, audiences, "sk_live_unknown", "Nope", "on_demand")).isEqualTo(401);
            assertThat(create(api, audiences, "sk_live_unknown", "Nope", "on_demand")).isEqualTo(429);

            Http admin = new Http(server.adminPort());
            Http.Reply scrape = admin.send(admin.request("/prometheus")
                    .header("Accept", format == Format.OPENMETRICS ? OPENMETRICS : "text/plain").build());
            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.header("Content-Type")).startsWith(format == Format.OPENMETRICS
                    ? "application/openmetrics-text" : "text/plain; version=0.0.4");

            assertThat(scrape.text()).as("nothing a caller sent: no key, no account group")
                    .doesNotContain(seeded.key()).doesNotContain(seeded.group()).doesNotContain("sk_live_unknown");
            Samples samples = new Samples(PrometheusParser.parse(scrape.text(), format));
            assertThat(samples.value("audiences_creations_total", Map.of("type", "on_demand"))).isEqualTo(3);
            assertThat(samples.value("audiences_creations_total", Map.of("type", "monitoring"))).isZero();
            assertThat(samples.value("audiences_refusals_total", Map.of("code", "AUDIENCE_NAME_TAKEN"))).isEqualTo(1);
            assertThat(samples.value("audiences_refusals_total", Map.of("code", "LINKEDIN_ACCOUNT_REQUIRED"))).isEqualTo(1);
            assertThat(samples.value("audiences_refusals_total", Map.of("code", "INVALID_API_KEY"))).isEqualTo(2);
            assertThat(samples.value("audiences_refusals_total", Map.of("code", "RATE_LIMIT_EXCEEDED"))).isEqualTo(2);
            assertThat(samples.value("audiences_refusals_total", Map.of("code", "NOT_FOUND"))).isZero();
            assertThat(samples.value("audiences_rate_limited_total", Map.of("limit", "api_key"))).isEqualTo(1);
            assertThat(samples.value("audiences_rate_limited_total", Map.of("limit", "failed_authentications"))).isEqualTo(1);
            assertThat(samples.value("audiences_failed_authentications_total", Map.of())).isEqualTo(2);
            assertThat(samples.value("audiences_request_seconds_count", Map.of("resource", "AudienceResource", "method", "create")))
                    .isGreaterThanOrEqualTo(5);
            assertThat(samples.value("audiences_request_seconds_sum", Map.of("resource", "AudienceResource", "method", "create")))
                    .as("a summary's _sum: the time of those requests together").isPositive().isLessThan(60);
            assertThat(samples.value("audiences_sql_seconds_count", Map.of("statement", "insert", "table", "audiences")))
                    .as("one insert per audience created").isEqualTo(3);
            assertThat(samples.value("audiences_sql_seconds_sum", Map.of("statement", "insert", "table", "audiences")))
                    .isPositive().isLessThan(60);
            assertThat(samples.value("audiences_sql_seconds_count", Map.of("statement", "select", "table", "api_keys")))
                    .as("the key of each request looked up (on plain JDBC, timed as Jdbi's statements are): five creations at least")
                    .isGreaterThanOrEqualTo(5);
            assertThat(samples.value("io_dropwizard_jetty_MutableServletContextHandler_2xx_responses_total", Map.of())).isEqualTo(3);
            assertThat(samples.value("io_dropwizard_jetty_MutableServletContextHandler_4xx_responses_total", Map.of())).isEqualTo(6);
            assertThat(samples.families()).contains(
                    "jvm_memory_used_bytes", "jvm_gc_collection_seconds", "jvm_threads_current", "process_cpu_seconds",
                    "org_eclipse_jetty_util_thread_QueuedThreadPool_dw_utilization",
                    "io_dropwizard_db_ManagedPooledDataSource_database_active",
                    "io_dropwizard_db_ManagedPooledDataSource_database_waiting",
                    "audiences_resource_method_seconds");
            assertThat(samples.families()).as("Dropwizard's jvm.* gauges give way to the JVM metrics dashboards expect")
                    .noneMatch(family -> family.startsWith("jvm_memory_heap"));
            String readme = Files.readString(Path.of("../README.md"));
            assertThat(samples.families().stream().filter(family -> family.startsWith("audiences_")))
                    .as("the service's own families: one naming style, each in the README's table").isNotEmpty()
                    .allSatisfy(family -> assertThat(family).matches("[a-z0-9_]+"))
                    .allSatisfy(family -> assertThat(readme).containsAnyOf("`" + family + "`", "`" + family + "_total`"));
        }
    }

    @Test
    void theEndpointIsOnTheAdminPortOnly() throws Exception {
        Path config = workingDirectory.resolve("config.yml");
        Files.writeString(config, TestConfigurations.H2_FILE_DATABASE + TestConfigurations.RANDOM_PORTS);

        try (JarProcess server = JarProcess.startServer(workingDirectory, List.of(), config.toString())) {
            Http.Reply onTheApi = new Http(server.port()).get("/prometheus");

            assertThat(onTheApi.status()).isEqualTo(404);
            assertThat(onTheApi.code()).isEqualTo("NOT_FOUND");
        }
    }

    private static int create(Http api, String path, String key, String name, String type) {
        return api.send(api.request(path).header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"type\":\"" + type + "\"}")).build())
                .status();
    }

    private record Samples(List<Sample> all) {

        double value(String name, Map<String, String> labels) {
            List<Sample> matching = all.stream()
                    .filter(sample -> sample.name().equals(name) && sample.labels().equals(labels)).toList();
            assertThat(matching).as(name + labels).hasSize(1);
            return matching.get(0).value();
        }

        List<String> families() {
            return all.stream().map(Sample::family).distinct().toList();
        }
    }
}

package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.adapters.rest.Http;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.plan.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL stops answering without closing its connections (a paused server, a network that
 * drops everything): requests end promptly in the 500 envelope instead of hanging, the health check
 * says unhealthy within two seconds (however many probes arrive at once), and the service recovers by itself when the database returns.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DatabaseStallIT {

    private static final EmbeddedPostgres POSTGRES = TestPostgres.start();
    private static final StallingProxy PROXY = new StallingProxy(POSTGRES.getPort());
    private static final DropwizardAppExtension<AudiencesConfiguration> APP = ServiceUnderTest.on(
            "org.postgresql.Driver", "jdbc:postgresql://127.0.0.1:" + PROXY.port() + "/postgres", "postgres");
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final int PROBES = 10;
    private static final ExecutorService probers = Executors.newFixedThreadPool(PROBES);

    @AfterAll
    static void stop() throws IOException {
        probers.shutdownNow();
        PROXY.close();
        POSTGRES.close();
    }

    @Test
    void aStalledDatabaseFailsRequestsPromptlyIsReportedUnhealthyAndIsRecoveredFromUnaided() {
        Seeded seeded = Seeded.in(POSTGRES.getPostgresDatabase(), Plan.ENTERPRISE);
        AccountGroup group = seeded.group();
        String key = seeded.key();
        assertThat(create(group, key).status()).isEqualTo(201);

        PROXY.stall();
        try {
            long started = System.nanoTime();
            Http.Reply stalled = create(group, key);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(stalled.status()).as(stalled.text()).isEqualTo(500);
            assertThat(stalled.code()).isEqualTo("INTERNAL_ERROR");
            assertThat(took).as("a request while the database does not answer").isLessThan(Duration.ofSeconds(8));

            started = System.nanoTime();
            Http.Reply health = new Http(APP.getAdminPort()).get("/healthcheck");
            took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(health.status()).isEqualTo(500);
            assertThat(health.json().get("audiences-storage").get("healthy").asBoolean()).isFalse();
            assertThat(took).as("the health check while the database does not answer").isLessThan(Duration.ofMillis(2500));

            // Probes that arrive together share the one ping under way: none waits behind another.
            List<CompletableFuture<Duration>> probes = IntStream.range(0, PROBES).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                long start = System.nanoTime();
                Http.Reply probe = new Http(APP.getAdminPort()).get("/healthcheck");
                assertThat(probe.status()).isEqualTo(500);
                return Duration.ofNanos(System.nanoTime() - start);
            }, probers)).toList();
            for (CompletableFuture<Duration> probe : probes) {
                assertThat(probe.join()).as("each of %d concurrent health checks", PROBES).isLessThan(Duration.ofMillis(2500));
            }
        } finally {
            PROXY.resume();
        }

        Http.Reply afterwards = create(group, key);
        assertThat(afterwards.status()).as(afterwards.text()).isEqualTo(201);
        Http.Reply health = new Http(APP.getAdminPort()).get("/healthcheck");
        assertThat(health.json().get("audiences-storage").get("healthy").asBoolean()).as(health.text()).isTrue();
    }

    private static Http.Reply create(AccountGroup group, String key) {
        return new Http(APP.getLocalPort()).postJson("/v1/accounts/" + group.id() + "/audiences", key,
                "{\"name\":\"Stall " + NAMES.incrementAndGet() + "\",\"type\":\"on_demand\"}");
    }
}

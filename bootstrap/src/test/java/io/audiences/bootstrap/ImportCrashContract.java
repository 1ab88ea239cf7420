package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.audiences.adapters.rest.Http;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import survives {@code kill -9} of the packaged service working it, mid-file: the import is
 * taken up again ({@link #takeOver}: the same service restarted, or another instance already
 * running) and ends with every row counted once, the counters equal to the file's contents and the
 * audience's count to its rows. Subclasses choose the database and who takes over.
 */
abstract class ImportCrashContract {

    private static final int ROWS = 20_000;
    private static final int DISTINCT = 15_000;

    @TempDir
    Path workingDirectory;

    Path config;
    private JarProcess worker;
    private JarProcess next;
    private JarProcess second;

    /** The {@code database:} block of the configuration. */
    abstract String databaseYaml(Path workingDirectory);

    /** The same database, for the test to read beside the service. */
    abstract DataSource directAccess(Path workingDirectory);

    /** The service that goes on after {@code killed} died: it restarted, or another instance. */
    abstract JarProcess takeOver(JarProcess killed, JarProcess other) throws Exception;

    /** Whether a second instance runs beside the first from the start (only where the database is shared). */
    abstract boolean secondInstance();

    @BeforeEach
    void writeConfiguration() throws Exception {
        config = workingDirectory.resolve("config.yml");
        Files.writeString(config, databaseYaml(workingDirectory) + TestConfigurations.RANDOM_PORTS + """
                rateLimit:
                  limitForPeriod: 1000000
                  refreshPeriod: 60s
                """);
    }

    @AfterEach
    void stop() {
        for (JarProcess process : new JarProcess[] {worker, next, second}) {
            if (process != null) {
                process.close();
            }
        }
    }

    @Test
    void anImportKilledMidFileEndsWithEveryRowCountedOnce() throws Exception {
        SeededByCommands seeded = SeededByCommands.in(workingDirectory, config, "enterprise",
                "audiences:write", "audiences:read", "prospects:write", "prospects:read");
        worker = JarProcess.startServer(workingDirectory, List.of(), config.toString());
        JarProcess other = secondInstance() ? JarProcess.startServer(workingDirectory, List.of(), config.toString()) : null;
        second = other;
        String audiences = "/v1/accounts/" + seeded.group() + "/audiences";
        Http.Reply audience = new Http(worker.port()).postJson(audiences, seeded.key(), "{\"name\":\"Imported\",\"type\":\"on_demand\"}");
        String audienceId = audience.json().get("data").get("id").asText();
        StringBuilder csv = new StringBuilder("email,firstName\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("p").append(i % DISTINCT).append("@acme.io,Row ").append(i).append('\n');
        }
        Http http = new Http(worker.port());
        Http.Reply accepted = http.send(http.request(audiences + "/" + audienceId + "/prospects/imports")
                .header("Authorization", "Bearer " + seeded.key()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build());
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        String location = accepted.header("Location");

        long rowsAtKill = waitFor(worker, seeded.key(), location, imported -> imported.get("rows").asLong() >= 2_000)
                .get("rows").asLong();
        JarProcess working = other == null ? worker : whoWorks(other);
        JarProcess survivor = working == worker ? other : worker;
        working.kill();
        next = takeOver(working, survivor);
        JsonNode done = waitFor(next, seeded.key(), location, imported -> !imported.get("status").asText().matches("queued|running"));

        assertThat(rowsAtKill).as("killed mid-file").isLessThan(ROWS);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(List.of(done.get("rows").asLong(), done.get("added").asLong(), done.get("alreadyPresent").asLong(),
                done.get("rejected").asLong())).containsExactly((long) ROWS, (long) DISTINCT, (long) (ROWS - DISTINCT), 0L);
        long[] counted = Jdbi.create(directAccess(workingDirectory)).withHandle(handle -> new long[] {
                handle.createQuery("SELECT prospect_count FROM audiences WHERE id = :id").bind("id", audienceId).mapTo(Long.class).one(),
                handle.createQuery("SELECT COUNT(*) FROM prospects WHERE audience_id = :id").bind("id", audienceId)
                        .mapTo(Long.class).one(),
                handle.createQuery("SELECT COUNT(*) FROM prospect_import_blocks").mapTo(Long.class).one()});
        assertThat(counted).as("prospect_count, prospect rows, rows left to import").containsExactly(DISTINCT, DISTINCT, 0);
    }

    /** The instance whose scheduler picked the import's execution (db-scheduler names it by host and process id). */
    private JarProcess whoWorks(JarProcess other) {
        String pickedBy = Jdbi.create(directAccess(workingDirectory)).withHandle(handle -> handle.createQuery(
                "SELECT picked_by FROM scheduled_tasks WHERE task_name = 'prospect-import' AND picked").mapTo(String.class).one());
        return pickedBy.startsWith("audiences-" + other.pid() + "@") ? other : worker;
    }

    private static JsonNode waitFor(JarProcess server, String key, String location,
            java.util.function.Predicate<JsonNode> done) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        JsonNode imported = null;
        while (System.nanoTime() < giveUp) {
            Http.Reply reply = new Http(server.port()).get(location, key);
            if (reply.status() == 200) {
                imported = reply.json().get("data");
                if (done.test(imported)) {
                    return imported;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import did not get there in time: " + imported);
    }
}

package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.audiences.adapters.rest.Http;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten 10 MiB imports at once fit in the README's heap (prospects contract, section 5): the packaged
 * jar started with the JVM options of the README's first command, ten files of just under 10 MiB
 * uploaded together, each accepted, read whole and completed, and the server still answering. Nor
 * do they leave their size behind in native memory: the JDK's per-thread cache of temporary direct
 * buffers is bounded ({@link AudiencesApplication#boundCachedNioBuffersByDefault}), as native memory
 * tracking shows. The audiences are on the starter plan, so that each import adds its plan's 1,000
 * prospects and refuses the rest: every row is uploaded, stored and read, in a minute rather than ten.
 */
class TenImportsAtOnceIT {

    private static final int IMPORTS = 10;
    private static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int STARTER_PROSPECTS = 1_000;
    /**
     * Direct buffers kept after the uploads, at most: about 1 MiB with the bound, about 110 MiB
     * without it (each request thread that stored a file keeps a buffer of its size).
     */
    private static final long MAX_DIRECT_KIB = 32 * 1024;
    /** Native memory tracking's line for what the JVM allocated outside its own areas: direct buffers. */
    private static final Pattern DIRECT_BUFFERS = Pattern.compile("- +Other \\(reserved=\\d+KB, committed=(\\d+)KB\\)");
    /** The README's first command: {@code java OPTIONS -jar bootstrap/target/audiences.jar server}. */
    private static final Pattern README_START = Pattern.compile("&& java (.+?) -jar bootstrap/target/audiences\\.jar server\\n");

    @TempDir
    Path workingDirectory;

    @Test
    void tenTenMebibyteImportsAtOnceCompleteInTheReadmesHeap() throws Exception {
        List<String> readmeOptions = readmeJvmOptions();
        assertThat(readmeOptions).as("the README bounds the heap").anyMatch(option -> option.startsWith("-Xmx"));
        Path config = workingDirectory.resolve("config.yml");
        Files.writeString(config, TestConfigurations.H2_FILE_DATABASE + TestConfigurations.RANDOM_PORTS + """
                rateLimit:
                  limitForPeriod: 1000000
                  refreshPeriod: 60s
                """);
        SeededByCommands seeded = SeededByCommands.in(workingDirectory, config, "starter",
                "audiences:write", "prospects:write", "prospects:read");
        Csv csv = Csv.ofAlmost(MAX_BYTES);
        byte[] file = csv.bytes();
        long rows = csv.rows();
        List<String> options = new ArrayList<>(readmeOptions);
        options.add("-XX:NativeMemoryTracking=summary");

        ExecutorService uploaders = Executors.newFixedThreadPool(IMPORTS);
        try (JarProcess server = JarProcess.startServer(workingDirectory, options, config.toString())) {
            Http http = new Http(server.port());
            String audiences = "/v1/accounts/" + seeded.group() + "/audiences";
            List<String> imports = new ArrayList<>();
            for (int i = 0; i < IMPORTS; i++) {
                Http.Reply audience = http.postJson(audiences, seeded.key(), "{\"name\":\"Imported " + i + "\",\"type\":\"on_demand\"}");
                assertThat(audience.status()).as(audience.text()).isEqualTo(201);
                imports.add(audiences + "/" + audience.json().get("data").get("id").asText() + "/prospects/imports");
            }

            List<Future<Http.Reply>> uploads = new ArrayList<>();
            for (String path : imports) {
                uploads.add(uploaders.submit(() -> http.send(http.request(path).timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + seeded.key()).header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build())));
            }
            List<String> locations = new ArrayList<>();
            long peakKiB = 0;
            for (Future<Http.Reply> upload : uploads) {
                Http.Reply accepted = upload.get(150, TimeUnit.SECONDS);
                assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
                locations.add(accepted.header("Location"));
                peakKiB = Math.max(peakKiB, ProcessStats.of(server.pid()).residentKiB());
            }
            long directKiB = directBuffersKiB(server.pid());
            assertThat(directKiB).as("KiB of direct buffers kept after ten uploads of 10 MiB").isLessThan(MAX_DIRECT_KIB);

            long started = System.nanoTime();
            for (String location : locations) {
                JsonNode imported;
                do {
                    Thread.sleep(200);
                    peakKiB = Math.max(peakKiB, ProcessStats.of(server.pid()).residentKiB());
                    Http.Reply reply = http.get(location, seeded.key());
                    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
                    imported = reply.json().get("data");
                    assertThat(System.nanoTime() - started).as("%s still running after 3 minutes: %s", location, imported)
                            .isLessThan(TimeUnit.MINUTES.toNanos(3));
                } while (imported.get("status").asText().matches("queued|running"));
                assertThat(imported.get("status").asText()).as(imported.toString()).isEqualTo("completed");
                assertThat(List.of(imported.get("rows").asLong(), imported.get("added").asLong(),
                        imported.get("alreadyPresent").asLong(), imported.get("rejected").asLong()))
                        .as("rows, added, already present, rejected: every row read, the plan's limit added")
                        .containsExactly(rows, (long) STARTER_PROSPECTS, 0L, rows - STARTER_PROSPECTS);
            }

            assertThat(http.get("/v1/accounts", seeded.key()).status()).as("the server still answers").isEqualTo(200);
            assertThat(server.stdout() + server.stderr()).doesNotContain("OutOfMemoryError");
            System.out.printf("ten imports of %,d bytes (%,d rows each) with %s: peak RSS %,d MiB, direct buffers after the uploads %,d KiB%n",
                    file.length, rows, options, peakKiB / 1024, directKiB);
        } finally {
            uploaders.shutdownNow();
        }
    }

    /** A CSV file and its rows, header excluded. */
    private record Csv(byte[] bytes, long rows) {

        /** Rows of distinct prospects up to just under {@code maxBytes}, header included. */
        static Csv ofAlmost(int maxBytes) {
            ByteArrayOutputStream csv = new ByteArrayOutputStream(maxBytes);
            csv.writeBytes("email,firstName,lastName\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; ; i++) {
                byte[] row = ("prospect" + i + "@example.com,First" + i + ",Last" + i + "\n").getBytes(StandardCharsets.UTF_8);
                if (csv.size() + row.length > maxBytes) {
                    return new Csv(csv.toByteArray(), i);
                }
                csv.writeBytes(row);
            }
        }
    }

    private static long directBuffersKiB(long pid) throws Exception {
        String summary = ProcessStats.jcmd(pid, "VM.native_memory", "summary");
        Matcher other = DIRECT_BUFFERS.matcher(summary);
        assertThat(other.find()).as(summary).isTrue();
        return Long.parseLong(other.group(1));
    }

    private static List<String> readmeJvmOptions() throws Exception {
        Matcher start = README_START.matcher(Files.readString(Path.of("../README.md")));
        assertThat(start.find()).as("the README's first command").isTrue();
        return Arrays.asList(start.group(1).trim().split("\\s+"));
    }
}

package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.UseCases;
import io.audiences.application.SecureRandomIdSource;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.contract.Fixtures;
import io.audiences.domain.IdempotencyKey;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 file opened as the service opens it (durable commits, {@code WRITE_DELAY=0}), under a
 * stream of keyed creates from four threads at full speed while {@link AudiencesDatabase#houseKeep()}
 * runs as the service runs it: the file does not grow by every commit's size, and what it no longer
 * needs is given back while it is open, to within three times what {@code SHUTDOWN COMPACT} leaves.
 * (Measured with 6,000 creates: without the housekeeping 185 MB under the stream and once idle,
 * against 3.0 MB compacted; with it, 26 MB and 5.6 MB. With 4,000 on H2 2.4.240: 31–39.5 MB at
 * the peak of the flood and 3.5–4.0 MB once idle, against 2.0 MB; 2.5.252 peaked lower, 25–28 MB.
 * With these 2,000, to keep the build short: 13.7 MB at the peak, 2.0 MB idle, against 1.2 MB.)
 */
class H2FileHousekeepingIT {

    private static final int THREADS = 4;
    private static final int CREATES_PER_THREAD = 500;
    private static final int PACE_MILLIS = 5;

    @TempDir
    Path directory;

    @Test
    void theFileStaysInProportionToItsDataWhileItIsOpen() throws Exception {
        streamOfKeyedCreates(false);
    }

    /**
     * The same stream, paced, with expired outcomes deleted every half second as the pruner deletes
     * them: the deletes run beside the creates. On H2 2.5.252 the pages those deletes removed stay
     * counted as live, so their chunks are never freed (h2database/h2database#4387, ADR 0011): with
     * 4,000 creates, idle 8.5–11.0 MB against 1.4 MB compacted; on 2.4.240, 2.0–2.2 MB (with these
     * 2,000: 1.0 MB against 0.7 MB).
     */
    @Test
    void theFileStaysInProportionToItsDataWhileExpiredOutcomesArePruned() throws Exception {
        streamOfKeyedCreates(true);
    }

    private void streamOfKeyedCreates(boolean pruning) throws Exception {
        String url = url();
        Path file = directory.resolve("audiences.mv.db");
        AtomicLong largest = new AtomicLong();
        long idle;
        try (TestDatabase h2 = TestDatabase.h2(url)) {
            AudiencesDatabase database = h2.migrated();
            UseCases audiences = UseCases.over(database, Clock.systemUTC(), new SecureRandomIdSource(), PlanCatalog.defaults());
            AccountGroup group = Fixtures.accountGroup(Plan.ENTERPRISE, true);
            database.accountGroups().insert(group);
            ScheduledExecutorService housekeeping = Executors.newScheduledThreadPool(2);
            long period = AudiencesDatabase.HOUSEKEEPING_PERIOD.toMillis();
            housekeeping.scheduleWithFixedDelay(() -> {
                database.houseKeep();
                largest.accumulateAndGet(size(file), Math::max);
            }, period, period, TimeUnit.MILLISECONDS);
            if (pruning) {
                housekeeping.scheduleWithFixedDelay(() -> database.idempotency().prune(Instant.now().minusSeconds(1), 1_000),
                        500, 500, TimeUnit.MILLISECONDS);
            }
            ExecutorService clients = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> streams = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    int stream = thread;
                    streams.add(clients.submit(() -> {
                        for (int i = 0; i < CREATES_PER_THREAD; i++) {
                            IdempotencyScope scope = new IdempotencyScope("000000000000000000000001", group.id(), "audiences",
                                    new IdempotencyKey("steady-" + stream + "-" + i));
                            CreateAudienceCommand command = new CreateAudienceCommand(group.id(),
                                    AudienceDraft.of("Steady " + stream + " " + i, "a steady stream of keyed creates", "on_demand"));
                            audiences.idempotency().once(scope, "fingerprint", Duration.ofHours(24), Audience.class,
                                    () -> audiences.createAudience().create(command));
                            if (pruning) {
                                Thread.sleep(PACE_MILLIS);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> stream : streams) {
                    stream.get(5, TimeUnit.MINUTES);
                }
                idle = awaitSettled(file);
            } finally {
                clients.shutdownNow();
                housekeeping.shutdownNow();
                housekeeping.awaitTermination(10, TimeUnit.SECONDS);
            }
        }
        try (Connection connection = DriverManager.getConnection(url.replace(";WRITE_DELAY=0", ""), "sa", "")) {
            connection.createStatement().execute("SHUTDOWN COMPACT");
        }
        long compacted = size(file);

        System.out.printf("%d keyed creates%s: largest file %.1f MB, idle %.1f MB, compacted %.1f MB%n", THREADS * CREATES_PER_THREAD, pruning ? ", pruned" : "",
                largest.get() / 1048576.0, idle / 1048576.0, compacted / 1048576.0);
        assertThat(idle).as("the file once idle, against its compacted size %d", compacted).isLessThanOrEqualTo(3 * compacted);
        assertThat(largest.get()).as("the largest file under the stream, against its compacted size %d", compacted)
                .isLessThanOrEqualTo(24 * compacted);
    }

    /**
     * The housekeeping sets H2's retention time to 0, which lets H2 reuse a chunk as soon as no
     * version it keeps needs it. It keeps the version that was current at its last flush, so a chunk
     * emptied by a commit not yet flushed is not reused: after a power cut, the last version on disk
     * still finds its pages.
     */
    @Test
    void noChunkIsReusedBeforeTheCommitThatEmptiedItIsOnDisk() throws Exception {
        String url = url();
        try (TestDatabase h2 = TestDatabase.h2(url); Connection connection = DriverManager.getConnection(url, "sa", "")) {
            AudiencesDatabase database = h2.migrated();
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
            database.houseKeep();
            long flushed = store.getCurrentVersion();
            for (int i = 0; i < 20; i++) {
                database.accountGroups().insert(Fixtures.accountGroup(Plan.ENTERPRISE, true));
            }

            assertThat(store.getFileStore().getRetentionTime()).isZero();
            assertThat(store.getCurrentVersion()).isGreaterThan(flushed + 10);
            assertThat(oldestVersionKept(store)).as("the oldest version H2 keeps").isLessThanOrEqualTo(flushed);

            database.houseKeep();
            assertThat(oldestVersionKept(store)).as("the oldest version H2 keeps after the next flush").isGreaterThan(flushed + 10);
        }
    }

    /** As bootstrap's EmbeddedH2 opens the embedded file (it adds these settings to its URL). */
    private String url() {
        return "jdbc:h2:file:" + directory.resolve("audiences").toAbsolutePath() + ";WRITE_DELAY=0;PAGE_SIZE=4096";
    }

    private static long oldestVersionKept(MVStore store) {
        Map<String, String> info = new HashMap<>();
        store.populateInfo(info::put);
        return Long.parseLong(info.get("info.OLDEST_VERS_TO_KEEP"));
    }

    /** The file's size once the housekeeping has stopped shrinking it: unchanged for five seconds, within thirty. */
    private static long awaitSettled(Path file) throws InterruptedException {
        long size = size(file);
        long unchangedSince = System.nanoTime();
        long giveUp = unchangedSince + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() - unchangedSince < TimeUnit.SECONDS.toNanos(5) && System.nanoTime() < giveUp) {
            Thread.sleep(250);
            long now = size(file);
            if (now != size) {
                size = now;
                unchangedSince = System.nanoTime();
            }
        }
        return size;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}

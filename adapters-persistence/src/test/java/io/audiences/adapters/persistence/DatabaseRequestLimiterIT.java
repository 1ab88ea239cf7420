package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.StorageException;
import io.audiences.application.command.RateLimitDecision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rate limit kept in a real PostgreSQL, as three instances share it: each "instance" is a
 * limiter over a connection pool of its own.
 */
class DatabaseRequestLimiterIT {

    private static Postgres postgres;
    private static TestDatabase database;

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
        database = postgres.database();
        database.migrated();
    }

    @AfterAll
    static void stop() {
        database.close();
        postgres.close();
    }

    private static DatabaseRequestLimiter instance(int limit, Duration period) {
        return AudiencesDatabase.on(database.newPool()).requestLimiter(limit, period);
    }

    @Test
    void requestsAskedAboutTogetherTakeConsecutivePlacesAndGroupsRacingOverThreeInstancesAdmitExactlyTheLimit() throws Exception {
        DatabaseRequestLimiter one = instance(30, Duration.ofMinutes(10));
        assertThat(one.acquire("group-key", 25)).extracting(RateLimitDecision::remaining)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(5, 29).map(i -> 34 - i).boxed().toList());
        List<RateLimitDecision> over = one.acquire("group-key", 10);
        assertThat(over).extracting(RateLimitDecision::allowed).containsExactly(true, true, true, true, true,
                false, false, false, false, false);
        assertThat(over).extracting(RateLimitDecision::remaining).containsExactly(4, 3, 2, 1, 0, 0, 0, 0, 0, 0);

        List<DatabaseRequestLimiter> instances = List.of(instance(30, Duration.ofMinutes(10)), instance(30, Duration.ofMinutes(10)),
                instance(30, Duration.ofMinutes(10)));
        ExecutorService clients = Executors.newFixedThreadPool(24);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<List<RateLimitDecision>>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                DatabaseRequestLimiter limiter = instances.get(i % 3);
                int requests = 1 + i % 9;
                answers.add(clients.submit(() -> {
                    go.await();
                    return limiter.acquire("racing-groups", requests);
                }));
            }
            go.countDown();
            List<RateLimitDecision> decisions = new ArrayList<>();
            for (Future<List<RateLimitDecision>> answer : answers) {
                decisions.addAll(answer.get());
            }
            assertThat(decisions).hasSizeGreaterThan(90);
            assertThat(decisions).filteredOn(RateLimitDecision::allowed).extracting(RateLimitDecision::remaining)
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 30).boxed().toList());
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aBurstOfFourTimesTheLimitOverThreeInstancesAdmitsExactlyTheLimit() throws Exception {
        List<DatabaseRequestLimiter> instances = List.of(instance(30, Duration.ofMinutes(10)), instance(30, Duration.ofMinutes(10)),
                instance(30, Duration.ofMinutes(10)));
        ExecutorService clients = Executors.newFixedThreadPool(24);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<RateLimitDecision>> answers = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                DatabaseRequestLimiter limiter = instances.get(i % 3);
                answers.add(clients.submit(() -> {
                    go.await();
                    return limiter.acquire("burst-key");
                }));
            }
            go.countDown();
            List<RateLimitDecision> decisions = new ArrayList<>();
            for (Future<RateLimitDecision> answer : answers) {
                decisions.add(answer.get());
            }
            assertThat(decisions).filteredOn(RateLimitDecision::allowed).hasSize(30);
            assertThat(decisions).filteredOn(RateLimitDecision::allowed).extracting(RateLimitDecision::remaining)
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 30).boxed().toList());
            assertThat(decisions).filteredOn(decision -> !decision.allowed()).allSatisfy(refused -> {
                assertThat(refused.remaining()).isZero();
                assertThat(refused.limit()).isEqualTo(30);
                assertThat(refused.resetSeconds()).isBetween(1L, 600L);
            });
            assertThat(instances.get(1).peek("burst-key").allowed()).as("a peek at the spent key").isFalse();
            assertThat(instances.get(2).peek("another-key").remaining()).as("a peek at a new key").isEqualTo(30);
            assertThat(instances.get(2).acquire("another-key").remaining()).isEqualTo(29);
            assertThat(instances.get(0).peek("another-key").remaining()).as("a peek takes nothing").isEqualTo(29);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aKeyGetsItsLimitAgainInTheNextWindowAndIdleKeysAreForgotten() throws Exception {
        DatabaseRequestLimiter first = instance(2, Duration.ofSeconds(1));
        DatabaseRequestLimiter second = instance(2, Duration.ofSeconds(1));
        awaitStartOfASecond();
        assertThat(first.acquire("window-key").allowed()).isTrue();
        assertThat(second.acquire("window-key").allowed()).isTrue();
        RateLimitDecision refused = first.acquire("window-key");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.resetSeconds()).isEqualTo(1);

        Thread.sleep(1_100);
        RateLimitDecision again = second.acquire("window-key");
        assertThat(again.allowed()).isTrue();
        assertThat(again.remaining()).isEqualTo(1);

        Thread.sleep(1_100);
        assertThat(first.forgetIdleKeys()).as("rows of windows that are over").isGreaterThanOrEqualTo(1);
        assertThat(rows("window-key")).isZero();
        assertThat(first.trackedKeys()).isZero();
    }

    @Test
    void aKeyFoundSpentIsRefusedWithoutAskingTheDatabaseUntilItsWindowEnds() {
        DatabaseRequestLimiter flooded = instance(2, Duration.ofMinutes(10));
        DatabaseRequestLimiter other = instance(2, Duration.ofMinutes(10));
        flooded.acquire("flood-key");
        flooded.acquire("flood-key");
        assertThat(flooded.acquire("flood-key").allowed()).isFalse();

        Jdbi.create(database.newPool()).useHandle(handle -> handle.execute("DELETE FROM rate_limit_windows WHERE limit_key = 'flood-key'"));

        RateLimitDecision refused = flooded.acquire("flood-key");
        assertThat(refused.allowed()).as("refused from what it learnt, the database's row gone").isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.resetSeconds()).isBetween(1L, 600L);
        assertThat(flooded.peek("flood-key").allowed()).isFalse();
        assertThat(rows("flood-key")).as("no write for the refusals").isZero();
        assertThat(other.acquire("flood-key").allowed()).as("an instance that had not found it spent asks the database").isTrue();
    }

    /**
     * A statement that began in one window and got the key's row after a statement of the next one
     * had counted there (lock waiters are not served in order): here the row is put in the next
     * window directly, as that later statement would have left it.
     */
    @Test
    void aRequestOfAnEarlierWindowCountsInTheLaterOneItFinds() {
        DatabaseRequestLimiter limiter = instance(3, Duration.ofMinutes(10));
        Jdbi.create(database.newPool()).useHandle(handle -> handle.execute("INSERT INTO rate_limit_windows VALUES ('late-key', "
                + "(FLOOR(EXTRACT(EPOCH FROM STATEMENT_TIMESTAMP()) * 1000 / 600000)::BIGINT + 1) * 600000, 3)"));

        assertThat(limiter.acquire("late-key").allowed()).as("the later window is spent").isFalse();
        int used = Jdbi.create(database.newPool()).withHandle(handle -> handle.createQuery(
                "SELECT used FROM rate_limit_windows WHERE limit_key = 'late-key'").mapTo(Integer.class).one());
        assertThat(used).as("the later window's count, not a new count in the earlier window").isEqualTo(4);
        Jdbi.create(database.newPool()).useHandle(handle -> handle.execute("DELETE FROM rate_limit_windows WHERE limit_key = 'late-key'"));
    }

    @Test
    void theWindowsAreInAnUnloggedTable() {
        Jdbi jdbi = Jdbi.create(database.newPool());
        String persistence = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT relpersistence FROM pg_class WHERE relname = 'rate_limit_windows'").mapTo(String.class).one());
        assertThat(persistence).as("u: unlogged").isEqualTo("u");
    }

    @Test
    void anEmbeddedH2KeepsNoSharedLimit() {
        try (TestDatabase h2 = TestDatabase.h2("jdbc:h2:mem:limiter-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")) {
            AudiencesDatabase embedded = h2.migrated();
            assertThatThrownBy(() -> embedded.requestLimiter(10, Duration.ofMinutes(1)))
                    .isInstanceOf(StorageException.class).hasMessageContaining("needs PostgreSQL");
        }
    }

    /** Waits until a second has just begun (the database runs on this machine's clock), so that a test's requests fall in one window. */
    private static void awaitStartOfASecond() throws InterruptedException {
        while (System.currentTimeMillis() % 1000 > 100) {
            Thread.sleep(5);
        }
    }

    private static long rows(String key) {
        return Jdbi.create(database.newPool()).withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM rate_limit_windows WHERE limit_key = :key").bind("key", key).mapTo(Long.class).one());
    }
}

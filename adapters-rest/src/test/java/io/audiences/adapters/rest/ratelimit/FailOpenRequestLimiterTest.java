package io.audiences.adapters.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.command.RateLimitDecision;
import io.audiences.application.port.out.RequestLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FailOpenRequestLimiterTest {

    private static final RateLimitDecision SPENT = new RateLimitDecision(false, 30, 0, 42);

    private final AtomicInteger unavailable = new AtomicInteger();

    private FailOpenRequestLimiter over(Function<String, RateLimitDecision> store) {
        return new FailOpenRequestLimiter(new Store(store), Duration.ofMillis(100), 30, unavailable::incrementAndGet);
    }

    @Test
    void theStoresAnswerIsTheAnswerWhenItComesInTime() {
        try (FailOpenRequestLimiter limiter = over(key -> SPENT)) {
            assertThat(limiter.acquire("key")).isEqualTo(SPENT);
            assertThat(limiter.peek("key")).isEqualTo(SPENT);
            assertThat(unavailable).hasValue(0);
        }
    }

    @Test
    void aStoreThatDoesNotAnswerInTimeLetsTheRequestThroughAtTheDeadlineAndCountsIt() {
        CountDownLatch never = new CountDownLatch(1);
        try (FailOpenRequestLimiter limiter = over(key -> {
            await(never);
            return SPENT;
        })) {
            long started = System.nanoTime();
            RateLimitDecision decision = limiter.acquire("key");
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(decision).as("through, with nothing known left: come back in a second")
                    .isEqualTo(new RateLimitDecision(true, 30, 0, 1));
            assertThat(waitedMillis).as("waited for the deadline, not for the store").isBetween(90L, 2_000L);
            assertThat(unavailable).hasValue(1);
        } finally {
            never.countDown();
        }
    }

    @Test
    void aRefusalTheStoreKnowsIsAnsweredWithoutAskingIt() {
        AtomicInteger asked = new AtomicInteger();
        RequestLimiter knowing = new Store(key -> {
            asked.incrementAndGet();
            return SPENT;
        });
        try (FailOpenRequestLimiter limiter = new FailOpenRequestLimiter(new KnowsSpent(knowing), Duration.ofMillis(100), 30,
                unavailable::incrementAndGet)) {
            assertThat(limiter.acquire("key")).isEqualTo(SPENT);
            assertThat(asked).as("the store's acquire").hasValue(0);
        }
    }

    @Test
    void aStoreThatFailsLetsTheRequestThrough() {
        try (FailOpenRequestLimiter limiter = over(key -> {
            throw new IllegalStateException("the database is down");
        })) {
            assertThat(limiter.acquire("key").allowed()).isTrue();
            assertThat(unavailable).hasValue(1);
        }
    }

    @Test
    void onceTheStoreHasNotAnsweredAboutAKeyWithinTheWaitTheKeysRequestsGoThroughAtOnce() {
        CountDownLatch never = new CountDownLatch(1);
        try (FailOpenRequestLimiter limiter = over(key -> {
            await(never);
            return SPENT;
        })) {
            assertThat(limiter.acquire("key").allowed()).as("after the wait").isTrue();
            long started = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                assertThat(limiter.acquire("key").allowed()).isTrue();
            }
            assertThat((System.nanoTime() - started) / 1_000_000).as("twenty more, none waiting").isLessThan(90L);
            assertThat(unavailable).hasValue(21);
        } finally {
            never.countDown();
        }
    }

    @Test
    void onceTheStoreAnswersAgainTheKeysRequestsWaitForItsAnswerAgain() throws Exception {
        CountDownLatch slowFirst = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        try (FailOpenRequestLimiter limiter = over(key -> {
            if (calls.incrementAndGet() == 1) {
                await(slowFirst);
            }
            return SPENT;
        })) {
            assertThat(limiter.acquire("key")).as("the store did not answer in time").isNotEqualTo(SPENT);
            assertThat(limiter.acquire("key")).as("meanwhile").isNotEqualTo(SPENT);
            slowFirst.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            RateLimitDecision decision = limiter.acquire("key");
            while (!decision.equals(SPENT) && System.nanoTime() < deadline) {
                Thread.sleep(10);
                decision = limiter.acquire("key");
            }
            assertThat(decision).as("the store's answer, once it answers again").isEqualTo(SPENT);
        }
    }

    @Test
    void beyondTheKeysItAsksAboutAtOnceRequestsGoThroughAtOnce() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        int callers = FailOpenRequestLimiter.MAX_ASKING + 20;
        ExecutorService clients = Executors.newFixedThreadPool(callers);
        // A deadline long enough that starting 84 threads on a busy machine cannot be taken for waiting it out.
        try (FailOpenRequestLimiter limiter = new FailOpenRequestLimiter(new Store(key -> {
            await(never);
            return SPENT;
        }), Duration.ofSeconds(2), 30, unavailable::incrementAndGet)) {
            List<Future<Long>> waits = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String key = "key-" + i;
                waits.add(clients.submit(() -> {
                    long started = System.nanoTime();
                    assertThat(limiter.acquire(key).allowed()).isTrue();
                    return (System.nanoTime() - started) / 1_000_000;
                }));
            }
            List<Long> millis = new ArrayList<>();
            for (Future<Long> wait : waits) {
                millis.add(wait.get());
            }
            assertThat(millis).as("callers beyond the keys asked about go through without waiting for the deadline")
                    .filteredOn(waited -> waited < 1_000).hasSizeGreaterThanOrEqualTo(20);
            assertThat(unavailable).hasValue(callers);
        } finally {
            never.countDown();
            clients.shutdownNow();
        }
    }

    @Test
    void aKeysRequestsThatArriveWhileTheStoreIsAskedAreAskedAboutInOneGoEachWithItsOwnAnswer() throws Exception {
        CountDownLatch firstAsked = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        List<Integer> groups = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger used = new AtomicInteger();
        RequestLimiter counting = new Store(key -> SPENT) {
            @Override
            public List<RateLimitDecision> acquire(String key, int requests) {
                groups.add(requests);
                firstAsked.countDown();
                await(answer);
                List<RateLimitDecision> decisions = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    int place = used.incrementAndGet();
                    decisions.add(new RateLimitDecision(place <= 8, 8, Math.max(0, 8 - place), 60));
                }
                return decisions;
            }
        };
        ExecutorService clients = Executors.newFixedThreadPool(11);
        try (FailOpenRequestLimiter limiter = new FailOpenRequestLimiter(counting, Duration.ofSeconds(10), 8,
                unavailable::incrementAndGet)) {
            Future<RateLimitDecision> first = clients.submit(() -> limiter.acquire("key"));
            firstAsked.await();
            List<Future<RateLimitDecision>> rest = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                rest.add(clients.submit(() -> limiter.acquire("key")));
            }
            Thread.sleep(200);
            answer.countDown();
            List<RateLimitDecision> decisions = new ArrayList<>(List.of(first.get()));
            for (Future<RateLimitDecision> each : rest) {
                decisions.add(each.get());
            }

            assertThat(groups).as("the first request, then the ten that waited").containsExactly(1, 10);
            assertThat(decisions).filteredOn(RateLimitDecision::allowed).hasSize(8)
                    .extracting(RateLimitDecision::remaining).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
            assertThat(decisions).filteredOn(decision -> !decision.allowed()).hasSize(3);
            assertThat(unavailable).hasValue(0);
        } finally {
            answer.countDown();
            clients.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A store that knows every key spent without asking. */
    private record KnowsSpent(RequestLimiter asked) implements RequestLimiter {

        @Override
        public RateLimitDecision acquire(String key) {
            return asked.acquire(key);
        }

        @Override
        public RateLimitDecision peek(String key) {
            return asked.peek(key);
        }

        @Override
        public long trackedKeys() {
            return 0;
        }

        @Override
        public RateLimitDecision knownRefusal(String key) {
            return SPENT;
        }
    }

    private static class Store implements RequestLimiter {

        private final Function<String, RateLimitDecision> answer;

        Store(Function<String, RateLimitDecision> answer) {
            this.answer = answer;
        }

        @Override
        public RateLimitDecision acquire(String key) {
            return answer.apply(key);
        }

        @Override
        public RateLimitDecision peek(String key) {
            return answer.apply(key);
        }

        @Override
        public long trackedKeys() {
            return 0;
        }
    }
}

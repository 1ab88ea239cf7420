package io.audiences.adapters.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.command.RateLimitDecision;
import java.time.Duration;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class Resilience4jRequestLimiterTest {

    @Test
    void aKeyGetsItsLimitPerWindowAndThenIsRefused() {
        Resilience4jRequestLimiter limiter = new Resilience4jRequestLimiter(3, Duration.ofSeconds(60), 100);

        RateLimitDecision first = limiter.acquire("key");
        limiter.acquire("key");
        RateLimitDecision third = limiter.acquire("key");
        RateLimitDecision fourth = limiter.acquire("key");

        assertThat(first).isEqualTo(new RateLimitDecision(true, 3, 2, first.resetSeconds()));
        assertThat(third.allowed()).isTrue();
        assertThat(third.remaining()).isZero();
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.remaining()).isZero();
        assertThat(fourth.resetSeconds()).isBetween(1L, 60L);
        assertThat(limiter.acquire("another key").allowed()).isTrue();
    }

    @Test
    void theWindowRefillsAfterItsPeriod() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        Resilience4jRequestLimiter limiter = new Resilience4jRequestLimiter(1, Duration.ofSeconds(60), 100, now::get);
        assertThat(limiter.acquire("key").allowed()).isTrue();
        RateLimitDecision refused = limiter.acquire("key");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.resetSeconds()).isEqualTo(60);

        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(limiter.acquire("key").allowed()).as("a second before the window ends").isFalse();
        assertThat(limiter.peek("key").resetSeconds()).isEqualTo(1);

        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(limiter.acquire("key").allowed()).as("once the window has ended").isTrue();
    }

    @Test
    void memoryStaysBoundedHoweverManyKeysAreTried() {
        Resilience4jRequestLimiter limiter = new Resilience4jRequestLimiter(120, Duration.ofSeconds(60), 1_000);

        for (int i = 0; i < 50_000; i++) {
            limiter.acquire("key-" + i);
        }

        assertThat(limiter.trackedKeys()).isLessThanOrEqualTo(1_000);
    }

    /**
     * Requests keep the cache of windows up themselves: handing its upkeep to the common pool woke
     * one of the pool's threads every few requests (docs/performance.md, seventh pass). The common
     * pool ran 136–202 such tasks for these 20,000 requests; anything else that uses it meanwhile
     * is allowed a few.
     */
    @Test
    void theCommonPoolRunsNothingForARequest() throws InterruptedException {
        Resilience4jRequestLimiter limiter = new Resilience4jRequestLimiter(1_000_000, Duration.ofSeconds(60), 1_000);
        long tasksBefore = ForkJoinPool.commonPool().getStealCount();

        for (int i = 0; i < 20_000; i++) {
            limiter.acquire("key-" + i % 3);
            limiter.peek("key-" + i % 5);
        }
        Thread.sleep(200);

        assertThat(ForkJoinPool.commonPool().getStealCount() - tasksBefore).as("tasks the common pool ran").isLessThan(20);
    }
}

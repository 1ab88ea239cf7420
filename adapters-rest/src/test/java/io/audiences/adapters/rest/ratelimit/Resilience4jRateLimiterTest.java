package io.audiences.adapters.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class Resilience4jRateLimiterTest {

    @Test
    void aKeyGetsItsLimitPerWindowAndThenIsRefused() {
        Resilience4jRequestLimiter limiter = new Resilience4jRequestLimiter(3, Duration.ofSeconds(60), 100);

        RequestLimiter.Decision first = limiter.acquire("key");
        limiter.acquire("key");
        RequestLimiter.Decision third = limiter.acquire("key");
        RequestLimiter.Decision fourth = limiter.acquire("key");

        assertThat(first).isEqualTo(new RequestLimiter.Decision(true, 3, 2, first.resetSeconds()));
        assertThat(third.allowed()).isTrue();
        assertThat(third.remaining()).isZero();
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.remaining()).isZero();
        assertThat(fourth.resetSeconds()).isBetween(1L, 60L);
        assertThat(limiter.acquire("another key").allowed()).isTrue();
    }

    @Test
    void theWindowRefillsAfterItsPeriod() throws InterruptedException {
        Resilience4jRequestLimiter limiter = new Resilience4jRequestLimiter(1, Duration.ofMillis(300), 100);
        assertThat(limiter.acquire("key").allowed()).isTrue();
        assertThat(limiter.acquire("key").allowed()).isFalse();

        Thread.sleep(400);

        assertThat(limiter.acquire("key").allowed()).isTrue();
    }

    @Test
    void memoryStaysBoundedHoweverManyKeysAreTried() {
        Resilience4jRequestLimiter limiter = new Resilience4jRequestLimiter(120, Duration.ofSeconds(60), 1_000);

        for (int i = 0; i < 50_000; i++) {
            limiter.acquire("key-" + i);
        }

        assertThat(limiter.trackedKeys()).isLessThanOrEqualTo(1_000);
    }
}

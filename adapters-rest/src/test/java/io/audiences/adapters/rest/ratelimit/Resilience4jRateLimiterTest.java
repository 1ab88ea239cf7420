package io.audiences.adapters.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class Resilience4jRateLimiterTest {

    @Test
    void aKeyGetsItsLimitPerWindowAndThenIsRefused() {
        Resilience4jRateLimiter limiter = new Resilience4jRateLimiter(3, Duration.ofSeconds(60), 100);

        RateLimiter.Decision first = limiter.acquire("key");
        limiter.acquire("key");
        RateLimiter.Decision third = limiter.acquire("key");
        RateLimiter.Decision fourth = limiter.acquire("key");

        assertThat(first).isEqualTo(new RateLimiter.Decision(true, 3, 2, first.resetSeconds()));
        assertThat(third.allowed()).isTrue();
        assertThat(third.remaining()).isZero();
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.remaining()).isZero();
        assertThat(fourth.resetSeconds()).isBetween(1L, 60L);
        assertThat(limiter.acquire("another key").allowed()).isTrue();
    }

    @Test
    void theWindowRefillsAfterItsPeriod() throws InterruptedException {
        Resilience4jRateLimiter limiter = new Resilience4jRateLimiter(1, Duration.ofMillis(300), 100);
        assertThat(limiter.acquire("key").allowed()).isTrue();
        assertThat(limiter.acquire("key").allowed()).isFalse();

        Thread.sleep(400);

        assertThat(limiter.acquire("key").allowed()).isTrue();
    }

    @Test
    void memoryStaysBoundedHoweverManyKeysAreTried() {
        Resilience4jRateLimiter limiter = new Resilience4jRateLimiter(120, Duration.ofSeconds(60), 1_000);

        for (int i = 0; i < 50_000; i++) {
            limiter.acquire("key-" + i);
        }

        assertThat(limiter.trackedKeys()).isLessThanOrEqualTo(1_000);
    }
}

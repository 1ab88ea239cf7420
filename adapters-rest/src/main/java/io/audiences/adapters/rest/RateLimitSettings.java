package io.audiences.adapters.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.audiences.adapters.rest.ratelimit.Resilience4jRequestLimiter;
import io.audiences.application.port.out.RequestLimiter;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * A rate limit: requests per period, for each of at most {@code maxTrackedKeys} keys. The
 * {@code rateLimit} block limits each API key; {@code failedAuthenticationLimit} limits the failed
 * authentications of each client address.
 */
public final class RateLimitSettings {

    @JsonProperty
    @Min(1)
    private int limitForPeriod = 120;

    @JsonProperty
    @NotNull
    private Duration refreshPeriod = Duration.seconds(60);

    /**
     * Where the windows are kept: {@code memory} (this instance's own) or {@code database} (shared
     * by every instance on the database). Unset, the host chooses: the service keeps them in the
     * database on PostgreSQL and in memory on its embedded H2.
     */
    @JsonProperty
    private Store store;

    /** How long a request waits for a {@code database} store before it goes through unlimited. */
    @JsonProperty
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration storeTimeout = Duration.milliseconds(200);

    /** Where a limit's windows are kept. */
    public enum Store {
        @JsonProperty("memory")
        MEMORY,
        @JsonProperty("database")
        DATABASE
    }

    /** How many keys' windows are kept at most; bounds the limiter's memory. */
    @JsonProperty
    @Min(1)
    @Max(10_000_000)
    private long maxTrackedKeys = 100_000;

    /** 600 failed authentications per minute from one address (the contract's floor). */
    public static RateLimitSettings failedAuthenticationDefaults() {
        RateLimitSettings settings = new RateLimitSettings();
        settings.limitForPeriod = 600;
        return settings;
    }

    /** Builds the limiter these settings describe. */
    public RequestLimiter newLimiter() {
        return new Resilience4jRequestLimiter(limitForPeriod, refreshPeriod.toJavaDuration(), maxTrackedKeys);
    }

    /** Where the windows are kept: as configured, else {@code unset}. */
    public Store storeOr(Store unset) {
        return store == null ? unset : store;
    }

    public java.time.Duration storeTimeout() {
        return storeTimeout.toJavaDuration();
    }

    public int limitForPeriod() {
        return limitForPeriod;
    }

    public java.time.Duration refreshPeriod() {
        return refreshPeriod.toJavaDuration();
    }
}

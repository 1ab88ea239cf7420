package io.audiences.adapters.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The {@code rateLimit} block of the configuration: requests per key per period. */
public final class RateLimitSettings {

    @Min(1)
    private int limitForPeriod = 120;

    @NotNull
    private Duration refreshPeriod = Duration.seconds(60);

    /** How many keys' windows are kept at most; bounds the limiter's memory. */
    @Min(1)
    @Max(10_000_000)
    private long maxTrackedKeys = 100_000;

    @JsonProperty
    public int getLimitForPeriod() {
        return limitForPeriod;
    }

    @JsonProperty
    public void setLimitForPeriod(int limitForPeriod) {
        this.limitForPeriod = limitForPeriod;
    }

    @JsonProperty
    public Duration getRefreshPeriod() {
        return refreshPeriod;
    }

    @JsonProperty
    public void setRefreshPeriod(Duration refreshPeriod) {
        this.refreshPeriod = refreshPeriod;
    }

    @JsonProperty
    public long getMaxTrackedKeys() {
        return maxTrackedKeys;
    }

    @JsonProperty
    public void setMaxTrackedKeys(long maxTrackedKeys) {
        this.maxTrackedKeys = maxTrackedKeys;
    }
}

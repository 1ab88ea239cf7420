package io.audiences.adapters.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import java.util.concurrent.TimeUnit;

/** The {@code idempotency} block: how long a kept outcome answers retries of its key (24 hours by default). */
public final class IdempotencySettings {

    @JsonProperty
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    private Duration retention = Duration.hours(24);

    public java.time.Duration retention() {
        return retention.toJavaDuration();
    }
}

package io.audiences.adapters.rest.host;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.audiences.adapters.rest.AudiencesRestConfiguration;
import io.audiences.adapters.rest.RateLimitSettings;
import io.dropwizard.core.Configuration;

/** A host application's configuration: its own keys plus what the bundle needs. */
public class HostConfiguration extends Configuration implements AudiencesRestConfiguration {

    private RateLimitSettings rateLimit = new RateLimitSettings();

    private RateLimitSettings failedAuthenticationLimit = RateLimitSettings.failedAuthenticationDefaults();

    @Override
    @JsonProperty
    public RateLimitSettings getRateLimit() {
        return rateLimit;
    }

    @JsonProperty
    public void setRateLimit(RateLimitSettings rateLimit) {
        this.rateLimit = rateLimit;
    }

    @Override
    @JsonProperty
    public RateLimitSettings getFailedAuthenticationLimit() {
        return failedAuthenticationLimit;
    }

    @JsonProperty
    public void setFailedAuthenticationLimit(RateLimitSettings failedAuthenticationLimit) {
        this.failedAuthenticationLimit = failedAuthenticationLimit;
    }
}

package io.audiences.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.audiences.adapters.rest.AudiencesRestConfiguration;
import io.audiences.adapters.rest.IdempotencySettings;
import io.audiences.adapters.rest.PaginationSettings;
import io.audiences.adapters.rest.RateLimitSettings;
import io.audiences.bootstrap.database.DatabaseSettings;
import io.audiences.bootstrap.server.AudiencesServerFactory;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.logging.common.LoggingFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The service's configuration (contract section 8). Every key has a default, so the service runs
 * with no file at all: H2 in {@code ./data}, 120 requests per minute per key, the default plans.
 */
public class AudiencesConfiguration extends Configuration implements AudiencesRestConfiguration {

    @JsonProperty("database")
    @Valid
    @NotNull
    private DatabaseSettings database = DatabaseSettings.embeddedDefault();

    @JsonProperty
    @Valid
    @NotNull
    private RateLimitSettings rateLimit = new RateLimitSettings();

    @JsonProperty
    @Valid
    @NotNull
    private RateLimitSettings failedAuthenticationLimit = RateLimitSettings.failedAuthenticationDefaults();

    @JsonProperty
    @Valid
    @NotNull
    private PaginationSettings pagination = new PaginationSettings();

    @JsonProperty
    @Valid
    @NotNull
    private IdempotencySettings idempotency = new IdempotencySettings();

    @JsonProperty
    @Valid
    @NotNull
    private PlansSettings plans = new PlansSettings();

    /** Whether to create a demo account group and key on start. Only the run without a file turns it on. */
    @JsonProperty
    private boolean demo;

    /** Defaults that must be in place before Dropwizard configures logging and builds the server (ADR 0012). */
    public AudiencesConfiguration() {
        TraceIdLogFormats.fillIn(getLoggingFactory());
        setServerFactory(new AudiencesServerFactory());
    }

    /** A {@code logging:} block of the file, its appenders given the trace id where they set no format. */
    @Override
    @JsonProperty("logging")
    public void setLoggingFactory(LoggingFactory factory) {
        super.setLoggingFactory(TraceIdLogFormats.fillIn(factory));
    }

    /**
     * A {@code server:} block without a {@code type} is {@link AudiencesServerFactory}: Dropwizard's
     * default server, hardened. {@code type: default} and {@code type: simple} still give
     * Dropwizard's own servers, without those defences.
     */
    @Override
    @JsonProperty("server")
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = AudiencesServerFactory.class)
    @JsonSubTypes(@JsonSubTypes.Type(AudiencesServerFactory.class))
    public void setServerFactory(ServerFactory factory) {
        if (factory instanceof DefaultServerFactory server) {
            TraceIdLogFormats.fillIn(server.getRequestLogFactory());
        }
        super.setServerFactory(factory);
    }

    @JsonProperty("database")
    public DatabaseSettings getDataSourceFactory() {
        return database;
    }

    @Override
    @JsonProperty
    public RateLimitSettings getRateLimit() {
        return rateLimit;
    }

    @Override
    @JsonProperty
    public RateLimitSettings getFailedAuthenticationLimit() {
        return failedAuthenticationLimit;
    }

    @Override
    @JsonProperty
    public PaginationSettings getPagination() {
        return pagination;
    }

    @Override
    @JsonProperty
    public IdempotencySettings getIdempotency() {
        return idempotency;
    }

    public PlansSettings getPlans() {
        return plans;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }
}

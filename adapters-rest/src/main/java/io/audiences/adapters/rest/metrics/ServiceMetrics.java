package io.audiences.adapters.rest.metrics;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.domain.audience.AudienceType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the service did, counted in the host's Dropwizard metric registry, so that whatever reports
 * that registry (the JSON of {@code /metrics}, Prometheus, Graphite, …) reports these too. Every
 * counter exists from the start, at zero, so that a rate over it is defined before its first event.
 * {@link #FAMILIES} names them.
 */
public final class ServiceMetrics {

    public static final String CREATIONS = "audiences.creations";
    public static final String REFUSALS = "audiences.refusals";
    public static final String RATE_LIMITED = "audiences.rateLimited";
    public static final String FAILED_AUTHENTICATIONS = "audiences.failedAuthentications";
    public static final String RATE_LIMIT_UNAVAILABLE = "audiences.rateLimitUnavailable";

    /**
     * The counters, by family: {@code prefix} alone when {@code label} is {@code null}, else one
     * counter {@code prefix.<value>} per value of the label.
     */
    public static final List<Family> FAMILIES = List.of(
            new Family(CREATIONS, "type", "Audiences created, by type (a replayed answer creates nothing)"),
            new Family(REFUSALS, "code", "Error answers, by error code"),
            new Family(RATE_LIMITED, "limit", "429 answers, by the limit that refused: api_key or failed_authentications"),
            new Family(FAILED_AUTHENTICATIONS, null, "401 answers: no API key, an unknown one or a revoked one"),
            new Family(RATE_LIMIT_UNAVAILABLE, null,
                    "Requests let through unlimited because the shared rate limit's store did not answer in time"));

    /** A family of counters (see {@link #FAMILIES}). */
    public record Family(String prefix, String label, String help) {
    }

    /** The two limits that answer 429. */
    public enum Limit {
        API_KEY("api_key"),
        FAILED_AUTHENTICATIONS("failed_authentications");

        private final String value;

        Limit(String value) {
            this.value = value;
        }
    }

    private final Map<AudienceType, Counter> created = new EnumMap<>(AudienceType.class);
    private final Map<ErrorCode, Counter> refusals = new EnumMap<>(ErrorCode.class);
    private final Map<Limit, Counter> rateLimited = new EnumMap<>(Limit.class);
    private final Counter failedAuthentications;
    private final Counter rateLimitUnavailable;

    public ServiceMetrics(MetricRegistry registry) {
        for (AudienceType type : AudienceType.values()) {
            created.put(type, registry.counter(MetricRegistry.name(CREATIONS, type.value())));
        }
        for (ErrorCode code : ErrorCode.values()) {
            refusals.put(code, registry.counter(MetricRegistry.name(REFUSALS, code.name())));
        }
        for (Limit limit : Limit.values()) {
            rateLimited.put(limit, registry.counter(MetricRegistry.name(RATE_LIMITED, limit.value)));
        }
        failedAuthentications = registry.counter(FAILED_AUTHENTICATIONS);
        rateLimitUnavailable = registry.counter(RATE_LIMIT_UNAVAILABLE);
    }

    public void created(AudienceType type) {
        created.get(type).inc();
    }

    public void refused(ErrorCode code) {
        refusals.get(code).inc();
        if (code == ErrorCode.INVALID_API_KEY) {
            failedAuthentications.inc();
        }
    }

    public void rateLimited(Limit limit) {
        rateLimited.get(limit).inc();
    }

    public void rateLimitUnavailable() {
        rateLimitUnavailable.inc();
    }
}

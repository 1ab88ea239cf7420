package io.audiences.bootstrap;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.audiences.domain.plan.PlanLimits;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** One plan's limits in the configuration; a key left out keeps the default, {@code null} means unlimited. */
public final class PlanLimitsSettings {

    static final String MAX_AUDIENCES = "maxAudiences";
    static final String MAX_MONITORING_AUDIENCES = "maxMonitoringAudiences";
    static final String MAX_PROSPECTS_PER_AUDIENCE = "maxProspectsPerAudience";
    private static final Set<String> KEYS = Set.of(MAX_AUDIENCES, MAX_MONITORING_AUDIENCES, MAX_PROSPECTS_PER_AUDIENCE);

    /** The limits the file gives, by key; a key given as {@code null} is here with {@code null}. */
    private final Map<String, Integer> given = new HashMap<>();

    @JsonAnySetter
    void set(String key, Integer limit) {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("a plan has no limit named " + key + "; its limits are "
                    + MAX_AUDIENCES + ", " + MAX_MONITORING_AUDIENCES + " and " + MAX_PROSPECTS_PER_AUDIENCE);
        }
        given.put(key, limit);
    }

    /** These settings over {@code defaults}: what was not given keeps its default. */
    PlanLimits over(PlanLimits defaults) {
        return new PlanLimits(given.getOrDefault(MAX_AUDIENCES, defaults.maxAudiences()),
                given.getOrDefault(MAX_MONITORING_AUDIENCES, defaults.maxMonitoringAudiences()),
                given.getOrDefault(MAX_PROSPECTS_PER_AUDIENCE, defaults.maxProspectsPerAudience()));
    }
}

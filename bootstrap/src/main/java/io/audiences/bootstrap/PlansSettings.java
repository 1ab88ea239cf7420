package io.audiences.bootstrap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import io.audiences.domain.plan.PlanLimits;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code plans} block: each plan's limits by the plan's name, starting from the contract's defaults. */
public final class PlansSettings {

    private final Map<Plan, PlanLimits> limits = new EnumMap<>(PlanCatalog.defaults().limits());

    /** A plan's limits; a name that is no plan is refused, like any unknown key of the file. */
    @JsonAnySetter
    void set(String name, PlanLimitsSettings settings) {
        Plan plan = Plan.fromValue(name).orElseThrow(() -> new IllegalArgumentException(
                "no plan is named " + name + "; the plans are " + Plan.names()));
        limits.put(plan, settings == null ? PlanLimits.UNLIMITED : settings.over(limits.get(plan)));
    }

    /** Each plan's limits, as the file gives them (Dropwizard writes the defaults out before it reads a file over them). */
    @JsonAnyGetter
    Map<String, Map<String, Integer>> byName() {
        Map<String, Map<String, Integer>> byName = new LinkedHashMap<>();
        limits.forEach((plan, limit) -> {
            Map<String, Integer> keys = new HashMap<>();
            keys.put(PlanLimitsSettings.MAX_AUDIENCES, limit.maxAudiences());
            keys.put(PlanLimitsSettings.MAX_MONITORING_AUDIENCES, limit.maxMonitoringAudiences());
            keys.put(PlanLimitsSettings.MAX_PROSPECTS_PER_AUDIENCE, limit.maxProspectsPerAudience());
            byName.put(plan.value(), keys);
        });
        return byName;
    }

    public PlanCatalog toCatalog() {
        return new PlanCatalog(limits);
    }
}

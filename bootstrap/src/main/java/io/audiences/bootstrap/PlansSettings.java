package io.audiences.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import io.audiences.domain.plan.PlanLimits;
import java.util.EnumMap;
import java.util.Map;

/** The {@code plans} block: each plan's limits, starting from the contract's defaults. */
public final class PlansSettings {

    private final Map<Plan, PlanLimits> limits = new EnumMap<>(PlanCatalog.defaults().limits());

    @JsonProperty
    public PlanLimitsSettings getTester() {
        return PlanLimitsSettings.of(limits.get(Plan.TESTER));
    }

    @JsonProperty
    public void setTester(PlanLimitsSettings settings) {
        set(Plan.TESTER, settings);
    }

    @JsonProperty
    public PlanLimitsSettings getStarter() {
        return PlanLimitsSettings.of(limits.get(Plan.STARTER));
    }

    @JsonProperty
    public void setStarter(PlanLimitsSettings settings) {
        set(Plan.STARTER, settings);
    }

    @JsonProperty
    public PlanLimitsSettings getScale() {
        return PlanLimitsSettings.of(limits.get(Plan.SCALE));
    }

    @JsonProperty
    public void setScale(PlanLimitsSettings settings) {
        set(Plan.SCALE, settings);
    }

    @JsonProperty
    public PlanLimitsSettings getEnterprise() {
        return PlanLimitsSettings.of(limits.get(Plan.ENTERPRISE));
    }

    @JsonProperty
    public void setEnterprise(PlanLimitsSettings settings) {
        set(Plan.ENTERPRISE, settings);
    }

    public PlanCatalog toCatalog() {
        return new PlanCatalog(limits);
    }

    private void set(Plan plan, PlanLimitsSettings settings) {
        limits.put(plan, settings == null ? PlanLimits.UNLIMITED : settings.over(limits.get(plan)));
    }
}

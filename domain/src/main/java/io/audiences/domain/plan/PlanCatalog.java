package io.audiences.domain.plan;

import java.util.EnumMap;
import java.util.Map;

/** The limits of every plan. */
public record PlanCatalog(Map<Plan, PlanLimits> limits) {

    public PlanCatalog {
        for (Plan plan : Plan.values()) {
            if (limits.get(plan) == null) {
                throw new IllegalArgumentException("no limits for plan " + plan.value());
            }
        }
        limits = Map.copyOf(new EnumMap<>(limits));
    }

    /** The contract's default limits. */
    public static PlanCatalog defaults() {
        return new PlanCatalog(Map.of(
                Plan.TESTER, new PlanLimits(5, 0, 100),
                Plan.STARTER, new PlanLimits(50, 2, 1_000),
                Plan.SCALE, new PlanLimits(500, 20, 2_000),
                Plan.ENTERPRISE, PlanLimits.UNLIMITED));
    }

    public PlanLimits limitsOf(Plan plan) {
        return limits.get(plan);
    }
}

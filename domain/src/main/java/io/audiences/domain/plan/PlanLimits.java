package io.audiences.domain.plan;

/**
 * What a plan allows. A {@code null} maximum means unlimited.
 *
 * @param maxAudiences           how many audiences an account group may hold, or {@code null}
 * @param maxMonitoringAudiences how many of them may be monitoring audiences, or {@code null}
 * @param maxProspectsPerAudience how many prospects one audience may hold, or {@code null}
 */
public record PlanLimits(Integer maxAudiences, Integer maxMonitoringAudiences, Integer maxProspectsPerAudience) {

    public static final PlanLimits UNLIMITED = new PlanLimits(null, null, null);

    public PlanLimits {
        requireNonNegative(maxAudiences, "maxAudiences");
        requireNonNegative(maxMonitoringAudiences, "maxMonitoringAudiences");
        requireNonNegative(maxProspectsPerAudience, "maxProspectsPerAudience");
    }

    public boolean offersMonitoring() {
        return maxMonitoringAudiences == null || maxMonitoringAudiences > 0;
    }

    public boolean admitsAnotherAudience(long existing) {
        return maxAudiences == null || existing < maxAudiences;
    }

    public boolean admitsAnotherMonitoringAudience(long existing) {
        return maxMonitoringAudiences == null || existing < maxMonitoringAudiences;
    }

    private static void requireNonNegative(Integer max, String name) {
        if (max != null && max < 0) {
            throw new IllegalArgumentException(name + " must be null (unlimited) or at least 0, was " + max);
        }
    }
}

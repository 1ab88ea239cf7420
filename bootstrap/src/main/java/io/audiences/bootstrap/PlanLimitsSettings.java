package io.audiences.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.audiences.domain.plan.PlanLimits;

/** One plan's limits in the configuration; a key left out keeps the default, {@code null} means unlimited. */
public final class PlanLimitsSettings {

    private Integer maxAudiences;
    private Integer maxMonitoringAudiences;
    private boolean maxAudiencesGiven;
    private boolean maxMonitoringAudiencesGiven;

    static PlanLimitsSettings of(PlanLimits limits) {
        PlanLimitsSettings settings = new PlanLimitsSettings();
        settings.setMaxAudiences(limits.maxAudiences());
        settings.setMaxMonitoringAudiences(limits.maxMonitoringAudiences());
        return settings;
    }

    @JsonProperty
    public Integer getMaxAudiences() {
        return maxAudiences;
    }

    @JsonProperty
    public void setMaxAudiences(Integer maxAudiences) {
        this.maxAudiences = maxAudiences;
        this.maxAudiencesGiven = true;
    }

    @JsonProperty
    public Integer getMaxMonitoringAudiences() {
        return maxMonitoringAudiences;
    }

    @JsonProperty
    public void setMaxMonitoringAudiences(Integer maxMonitoringAudiences) {
        this.maxMonitoringAudiences = maxMonitoringAudiences;
        this.maxMonitoringAudiencesGiven = true;
    }

    /** These settings over {@code defaults}: what was not given keeps its default. */
    PlanLimits over(PlanLimits defaults) {
        return new PlanLimits(
                maxAudiencesGiven ? maxAudiences : defaults.maxAudiences(),
                maxMonitoringAudiencesGiven ? maxMonitoringAudiences : defaults.maxMonitoringAudiences());
    }
}

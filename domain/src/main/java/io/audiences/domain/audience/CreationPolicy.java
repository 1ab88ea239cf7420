package io.audiences.domain.audience;

import io.audiences.domain.RuleRefusal;
import io.audiences.domain.CreationRule;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.plan.PlanCatalog;
import io.audiences.domain.plan.PlanLimits;
import java.util.Objects;

/**
 * The contract's five creation rules, evaluated in order; the first that refuses decides.
 *
 * <ol>
 *   <li>{@code MONITORING_NOT_AVAILABLE}: a monitoring audience on a plan that allows none;</li>
 *   <li>{@code LINKEDIN_ACCOUNT_REQUIRED}: a monitoring audience without a connected LinkedIn account;</li>
 *   <li>{@code AUDIENCE_LIMIT_REACHED}: the group holds its plan's maximum of audiences;</li>
 *   <li>{@code MONITORING_LIMIT_REACHED}: a monitoring audience when the group holds its plan's maximum of them;</li>
 *   <li>{@code AUDIENCE_NAME_TAKEN}: an audience with the same {@link NameKey} exists in the group.</li>
 * </ol>
 */
public final class CreationPolicy {

    private final PlanCatalog plans;

    public CreationPolicy(PlanCatalog plans) {
        this.plans = Objects.requireNonNull(plans, "plans");
    }

    /**
     * Admits {@code draft} into the account group described by {@code snapshot}, or refuses it.
     *
     * @throws RuleRefusal carrying the first rule that refuses
     */
    public void check(AudienceDraft draft, AccountGroupSnapshot snapshot) {
        AccountGroup group = snapshot.group();
        PlanLimits limits = plans.limitsOf(group.plan());
        String plan = group.plan().value();
        boolean monitoring = draft.type() == AudienceType.MONITORING;

        if (monitoring && !limits.offersMonitoring()) {
            throw new RuleRefusal(CreationRule.MONITORING_NOT_AVAILABLE,
                    "plan " + plan + " allows 0 monitoring audiences");
        }
        if (monitoring && !group.linkedinConnected()) {
            throw new RuleRefusal(CreationRule.LINKEDIN_ACCOUNT_REQUIRED,
                    "monitoring audiences need a LinkedIn account connected to the account group");
        }
        if (!limits.admitsAnotherAudience(snapshot.audiences())) {
            throw new RuleRefusal(CreationRule.AUDIENCE_LIMIT_REACHED,
                    "plan " + plan + " allows " + limits.maxAudiences() + " audiences; "
                            + snapshot.audiences() + " exist");
        }
        if (monitoring && !limits.admitsAnotherMonitoringAudience(snapshot.monitoringAudiences())) {
            throw new RuleRefusal(CreationRule.MONITORING_LIMIT_REACHED,
                    "plan " + plan + " allows " + limits.maxMonitoringAudiences() + " monitoring audiences; "
                            + snapshot.monitoringAudiences() + " exist");
        }
        if (snapshot.nameTaken()) {
            throw nameTaken();
        }
    }

    /**
     * The refusal for a name that is already taken. Storage that detects a duplicate name only
     * at insert time (its unique index, the last line of defence) answers with this.
     */
    public static RuleRefusal nameTaken() {
        return new RuleRefusal(CreationRule.AUDIENCE_NAME_TAKEN,
                "an audience with this name already exists in the account group");
    }
}

package io.audiences.domain.audience;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.domain.RuleRefusal;
import io.audiences.domain.CreationRule;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import io.audiences.domain.plan.PlanLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CreationPolicyTest {

    private static final CreationPolicy POLICY = new CreationPolicy(PlanCatalog.defaults());
    private static final AudienceDraft ON_DEMAND = AudienceDraft.of("Leads", null, "on_demand");
    private static final AudienceDraft MONITORING = AudienceDraft.of("Watch list", null, "monitoring");

    private static AccountGroupSnapshot group(Plan plan, boolean linkedin, long audiences, long monitoring, boolean nameTaken) {
        AccountGroup group = new AccountGroup(new AccountGroupId("0123456789abcdef01234567"), "Acme", plan, linkedin);
        return new AccountGroupSnapshot(group, audiences, monitoring, nameTaken);
    }

    private static void assertRefusedBy(AudienceDraft draft, AccountGroupSnapshot snapshot, CreationRule rule, String details) {
        assertThatThrownBy(() -> POLICY.check(draft, snapshot))
                .isInstanceOfSatisfying(RuleRefusal.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.rule()).isEqualTo(rule);
                    org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(rule.name());
                    org.assertj.core.api.Assertions.assertThat(e.details()).isEqualTo(details);
                });
    }

    @Test
    void monitoringOnAPlanWithoutMonitoringIsNotAvailable() {
        assertRefusedBy(MONITORING, group(Plan.TESTER, true, 0, 0, false),
                CreationRule.MONITORING_NOT_AVAILABLE, "plan tester allows 0 monitoring audiences");
    }

    @Test
    void monitoringWithoutLinkedinIsRefused() {
        assertRefusedBy(MONITORING, group(Plan.STARTER, false, 0, 0, false),
                CreationRule.LINKEDIN_ACCOUNT_REQUIRED,
                "monitoring audiences need a LinkedIn account connected to the account group");
    }

    @Test
    void onDemandNeedsNoLinkedin() {
        assertThatCode(() -> POLICY.check(ON_DEMAND, group(Plan.TESTER, false, 4, 0, false))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}: {1} audiences")
    @CsvSource({"TESTER,5", "STARTER,50", "SCALE,500"})
    void aGroupAtItsPlansAudienceLimitIsRefused(Plan plan, int max) {
        assertThatCode(() -> POLICY.check(ON_DEMAND, group(plan, true, max - 1, 0, false))).doesNotThrowAnyException();
        assertRefusedBy(ON_DEMAND, group(plan, true, max, 0, false), CreationRule.AUDIENCE_LIMIT_REACHED,
                "plan " + plan.value() + " allows " + max + " audiences; " + max + " exist");
    }

    @ParameterizedTest(name = "{0}: {1} monitoring audiences")
    @CsvSource({"STARTER,2", "SCALE,20"})
    void aGroupAtItsPlansMonitoringLimitIsRefusedAMonitoringAudienceButNotAnOnDemandOne(Plan plan, int max) {
        assertThatCode(() -> POLICY.check(MONITORING, group(plan, true, max - 1, max - 1, false))).doesNotThrowAnyException();
        assertRefusedBy(MONITORING, group(plan, true, max, max, false), CreationRule.MONITORING_LIMIT_REACHED,
                "plan " + plan.value() + " allows " + max + " monitoring audiences; " + max + " exist");
        assertThatCode(() -> POLICY.check(ON_DEMAND, group(plan, true, max, max, false))).doesNotThrowAnyException();
    }

    @Test
    void enterpriseIsUnlimited() {
        assertThatCode(() -> POLICY.check(MONITORING, group(Plan.ENTERPRISE, true, 1_000_000, 999_999, false)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(Plan.class)
    void aTakenNameIsRefusedOnEveryPlan(Plan plan) {
        assertRefusedBy(ON_DEMAND, group(plan, true, 0, 0, true), CreationRule.AUDIENCE_NAME_TAKEN,
                "an audience with this name already exists in the account group");
    }

    @Test
    void rulesApplyInTheContractsOrder() {
        // Every rule would refuse; each step removes the cause of the first one.
        assertRefusedBy(MONITORING, group(Plan.TESTER, false, 5, 0, true), CreationRule.MONITORING_NOT_AVAILABLE,
                "plan tester allows 0 monitoring audiences");
        assertRefusedBy(MONITORING, group(Plan.STARTER, false, 50, 2, true), CreationRule.LINKEDIN_ACCOUNT_REQUIRED,
                "monitoring audiences need a LinkedIn account connected to the account group");
        assertRefusedBy(MONITORING, group(Plan.STARTER, true, 50, 2, true), CreationRule.AUDIENCE_LIMIT_REACHED,
                "plan starter allows 50 audiences; 50 exist");
        assertRefusedBy(MONITORING, group(Plan.STARTER, true, 49, 2, true), CreationRule.MONITORING_LIMIT_REACHED,
                "plan starter allows 2 monitoring audiences; 2 exist");
        assertRefusedBy(MONITORING, group(Plan.STARTER, true, 49, 1, true), CreationRule.AUDIENCE_NAME_TAKEN,
                "an audience with this name already exists in the account group");
        assertThatCode(() -> POLICY.check(MONITORING, group(Plan.STARTER, true, 49, 1, false))).doesNotThrowAnyException();
    }

    @Test
    void configuredLimitsReplaceTheDefaults() {
        PlanCatalog custom = new PlanCatalog(java.util.Map.of(
                Plan.TESTER, new PlanLimits(1, 1, null),
                Plan.STARTER, new PlanLimits(null, 0, null),
                Plan.SCALE, PlanLimits.UNLIMITED,
                Plan.ENTERPRISE, PlanLimits.UNLIMITED));
        CreationPolicy policy = new CreationPolicy(custom);

        assertThatCode(() -> policy.check(MONITORING, group(Plan.TESTER, true, 0, 0, false))).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check(ON_DEMAND, group(Plan.TESTER, true, 1, 0, false)))
                .hasMessage("plan tester allows 1 audiences; 1 exist");
        assertThatThrownBy(() -> policy.check(MONITORING, group(Plan.STARTER, true, 0, 0, false)))
                .hasMessage("plan starter allows 0 monitoring audiences");
    }
}

package io.audiences.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.ApiKeyId;
import io.audiences.domain.apikey.ApiKeySecret;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import io.audiences.domain.plan.PlanLimits;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "0123456789abcdef0123456", "0123456789abcdef012345678", "0123456789ABCDEF01234567",
            "0123456789abcdef0123456g", " 123456789abcdef01234567"})
    void idsAre24LowerCaseHexCharacters(String bad) {
        assertThatThrownBy(() -> new AccountGroupId(bad))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("accountGroupId: must be 24 lower-case hex characters");
        assertThatThrownBy(() -> new AudienceId(bad)).hasMessage("audienceId: must be 24 lower-case hex characters");
        assertThat(new AccountGroupId("0123456789abcdef01234567").value()).isEqualTo("0123456789abcdef01234567");
    }

    @Test
    void anApiKeySecretHas256RandomBitsAfterItsPrefixAndNeverPrintsItself() {
        byte[] random = new byte[32];
        random[0] = 1;
        ApiKeySecret secret = ApiKeySecret.fromRandomBytes(random);

        assertThat(secret.reveal()).startsWith("sk_live_").hasSize(8 + 43).matches("sk_live_[A-Za-z0-9_-]{43}");
        assertThat(secret.toString()).doesNotContain(secret.reveal().substring(8));
        assertThat(secret.hash()).isEqualTo(ApiKeySecret.presented(secret.reveal()).hash());
        assertThat(secret.hash().hex()).hasSize(64).doesNotContain(secret.reveal());
        assertThat(secret.hash().matches(ApiKeySecret.presented("sk_live_other").hash())).isFalse();
    }

    @Test
    void anAudienceIsCreatedInNoFolderWithNoProspectsAtTheMillisecond() {
        Audience audience = Audience.create(new AudienceId("aaaaaaaaaaaaaaaaaaaaaaaa"),
                new AccountGroupId("bbbbbbbbbbbbbbbbbbbbbbbb"), AudienceDraft.of(" Leads ", "", "monitoring"),
                Instant.parse("2026-11-26T10:15:30.123456789Z"));

        assertThat(audience.name().value()).isEqualTo("Leads");
        assertThat(audience.description()).isNull();
        assertThat(audience.folderId()).isNull();
        assertThat(audience.prospectCount()).isZero();
        assertThat(audience.createdAt()).isEqualTo(Instant.parse("2026-11-26T10:15:30.123Z"));
    }

    @Test
    void restoringAnAudienceRunsTheCreationChecks() {
        assertThatThrownBy(() -> Audience.restore(new AudienceId("aaaaaaaaaaaaaaaaaaaaaaaa"),
                new AccountGroupId("bbbbbbbbbbbbbbbbbbbbbbbb"), "x".repeat(201), null, AudienceType.ON_DEMAND, null, 0,
                Instant.EPOCH)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void planCatalogNeedsEveryPlanAndRefusesNegativeLimits() {
        assertThatThrownBy(() -> new PlanCatalog(Map.of(Plan.TESTER, PlanLimits.UNLIMITED)))
                .hasMessageContaining("no limits for plan starter");
        assertThatThrownBy(() -> new PlanLimits(-1, null, null)).hasMessageContaining("maxAudiences");
        assertThatThrownBy(() -> new PlanLimits(null, null, -1)).hasMessageContaining("maxProspectsPerAudience");
        assertThat(PlanCatalog.defaults().limitsOf(Plan.STARTER)).isEqualTo(new PlanLimits(50, 2, 1_000));
    }

    @Test
    void plansAndTypesAreMatchedByTheirExactNames() {
        assertThat(Plan.fromValue("starter")).contains(Plan.STARTER);
        assertThat(Plan.fromValue("Starter")).isEmpty();
        assertThat(AudienceType.fromValue("on_demand")).contains(AudienceType.ON_DEMAND);
    }

    @Test
    void anApiKeyActsOnlyWithinItsGrantsUntilRevoked() {
        AccountGroupId group = new AccountGroupId("cccccccccccccccccccccccc");
        ApiKey key = new ApiKey(new ApiKeyId("dddddddddddddddddddddddd"),
                ApiKeySecret.fromRandomBytes(new byte[32]).hash(), Set.of(Permission.AUDIENCES_WRITE), Set.of(group),
                null, Instant.EPOCH, null);

        assertThat(key.has(Permission.AUDIENCES_WRITE)).isTrue();
        assertThat(key.has(Permission.AUDIENCES_READ)).isFalse();
        assertThat(key.mayActOn(group)).isTrue();
        assertThat(key.mayActOn(new AccountGroupId("eeeeeeeeeeeeeeeeeeeeeeee"))).isFalse();
        assertThat(key.isActive()).isTrue();
        assertThatThrownBy(() -> new Permission("Audiences Write")).isInstanceOf(InvalidInputException.class);
    }
}

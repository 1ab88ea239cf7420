package io.audiences.adapters.rest;

import static io.audiences.adapters.rest.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.adapters.rest.host.HostConfiguration;
import io.audiences.adapters.rest.host.HostFixture;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract section 7: failed authentications are limited per client address, so that guessing keys
 * (or flooding with them) is cheap to refuse: past the limit, an address is answered 429 before any
 * key it sends is hashed or looked up. Here the limit is 5 per minute.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class FailedAuthenticationLimitIT {

    private static final HostFixture HOST = new HostFixture();
    private static final DropwizardAppExtension<HostConfiguration> APP = new DropwizardAppExtension<>(
            HOST.support(ConfigOverride.config("failedAuthenticationLimit.limitForPeriod", "5")));

    @Test
    void pastTheLimitAnAddressIsRefusedWithoutLookingUpItsKeys() {
        Http http = new Http(APP.getLocalPort());
        AccountGroup group = HOST.group(Plan.STARTER, false);
        String valid = HOST.key(Set.of(Permission.AUDIENCES_READ), group);
        assertThat(http.send(http.request("/v1/accounts").header("Authorization", "Bearer " + valid).GET().build()).status())
                .as("a valid key, before any failure").isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            assertError(http.send(http.request("/v1/accounts").header("Authorization", "Bearer sk_live_guess" + i).GET().build()),
                    401, "INVALID_API_KEY");
        }
        assertError(http.send(http.request("/v1/accounts").GET().build()), 401, "INVALID_API_KEY");
        int lookedUp = HOST.authentications.get();

        Http.Reply refused = assertError(http.send(http.request("/v1/accounts")
                .header("Authorization", "Bearer sk_live_guess5").GET().build()), 429, "RATE_LIMIT_EXCEEDED");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("5");
        assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
        for (int i = 0; i < 100; i++) {
            http.send(http.request("/v1/accounts").header("Authorization", "Bearer sk_live_flood" + i).GET().build());
        }
        assertError(http.send(http.request("/v1/accounts").header("Authorization", "Bearer " + valid).GET().build()),
                429, "RATE_LIMIT_EXCEEDED");

        assertThat(HOST.authentications.get()).as("keys looked up after the limit").isEqualTo(lookedUp);
    }
}

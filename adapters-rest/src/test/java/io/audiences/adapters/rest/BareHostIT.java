package io.audiences.adapters.rest;

import static io.audiences.adapters.rest.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.adapters.rest.host.BareHostApplication;
import io.audiences.adapters.rest.host.HostFixture;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A host with no configuration file, whose configuration declares none of the bundle's settings: defaults apply. */
@ExtendWith(DropwizardExtensionsSupport.class)
class BareHostIT {

    private static final HostFixture HOST = new HostFixture();
    private static final DropwizardAppExtension<BareHostApplication.BareConfiguration> APP =
            new DropwizardAppExtension<>(HOST.bareHostSupport());

    @Test
    void itServesItsOwnRoutesAndTheBundlesWithTheDefaults() {
        Http http = new Http(APP.getLocalPort());
        AccountGroup group = HOST.group(Plan.STARTER, true);
        String key = HOST.key(Set.of(Permission.AUDIENCES_WRITE), group);

        assertThat(http.send(http.request("/host/ping").GET().build()).status()).isEqualTo(200);
        Http.Reply created = http.postJson("/v1/accounts/" + group.id() + "/audiences", key, "{\"name\":\"Bare\",\"type\":\"on_demand\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("X-RateLimit-Limit")).as("the default rate limit").isEqualTo("120");
        assertError(http.send(http.request("/v1/accounts").GET().build()), 401, "INVALID_API_KEY");
    }

    @Test
    void itAddsAHealthCheckOfTheStorageToTheHosts() {
        Http admin = new Http(APP.getAdminPort());
        Http.Reply healthy = admin.get("/healthcheck");
        assertThat(healthy.status()).as(healthy.text()).isEqualTo(200);
        assertThat(healthy.json().get("audiences-storage").get("healthy").asBoolean()).isTrue();

        HOST.storageDown.set(true);
        try {
            Http.Reply down = admin.get("/healthcheck");
            assertThat(down.status()).as(down.text()).isEqualTo(500);
            assertThat(down.json().get("audiences-storage").get("healthy").asBoolean()).isFalse();
        } finally {
            HOST.storageDown.set(false);
        }
    }
}

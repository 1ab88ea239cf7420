package io.audiences.adapters.rest;

import static io.audiences.adapters.rest.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.adapters.rest.host.HostConfiguration;
import io.audiences.adapters.rest.host.HostFixture;
import io.audiences.application.command.RateLimitDecision;
import io.audiences.application.port.out.RequestLimiter;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A host can give the bundle the limiter of each key's requests (one that several instances share,
 * say): the bundle asks it, and answers with its decisions exactly as with its own.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class GivenRequestLimiterIT {

    private static final HostFixture HOST = new HostFixture();
    private static final TwoPerWindow LIMITER = new TwoPerWindow();
    private static final DropwizardAppExtension<HostConfiguration> APP = new DropwizardAppExtension<>(
            HOST.hostSupport(bundle -> bundle.limitingEachKeyWith((configuration, environment) -> LIMITER)));

    /** Two requests per key, then refusals; remembers whom it was asked about. */
    private static final class TwoPerWindow implements RequestLimiter {
        final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public RateLimitDecision acquire(String key) {
            asked.add(key);
            long taken = asked.stream().filter(key::equals).count();
            return new RateLimitDecision(taken <= 2, 2, (int) Math.max(0, 2 - taken), 42);
        }

        @Override
        public RateLimitDecision peek(String key) {
            return new RateLimitDecision(true, 2, 2, 42);
        }

        @Override
        public long trackedKeys() {
            return asked.stream().distinct().count();
        }
    }

    @Test
    void theGivenLimiterDecidesAndItsDecisionsAreTheHeaders() {
        Http http = new Http(APP.getLocalPort());
        AccountGroup group = HOST.group(Plan.STARTER, true);
        String key = HOST.key(Set.of(Permission.AUDIENCES_READ), group);
        String audiences = "/v1/accounts/" + group.id() + "/audiences";

        Http.Reply first = http.get(audiences, key);
        http.get(audiences, key);
        Http.Reply third = http.get(audiences, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("X-RateLimit-Limit")).isEqualTo("2");
        assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("1");
        assertThat(first.header("X-RateLimit-Reset")).isEqualTo("42");
        assertThat(assertError(third, 429, "RATE_LIMIT_EXCEEDED").header("Retry-After")).isEqualTo("42");
        assertThat(LIMITER.asked).hasSize(3).allMatch(LIMITER.asked.get(0)::equals);
    }
}

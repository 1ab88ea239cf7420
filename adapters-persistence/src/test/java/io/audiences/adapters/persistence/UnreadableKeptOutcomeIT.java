package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import io.audiences.application.port.out.IdempotencyStore;
import io.audiences.domain.IdempotencyKey;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * A kept outcome this version cannot read back (a record a later version changed, a rule it does
 * not know) is not a 500 on every retry until it expires: another body is still told the key was
 * reused, and the same body claims the key again. On H2 and on PostgreSQL.
 */
class UnreadableKeptOutcomeIT {

    private static final AccountGroupId GROUP = new AccountGroupId("0123456789abcdef01234567");

    @Test
    void onH2() {
        try (TestDatabase database = TestDatabase.h2("jdbc:h2:mem:unreadable-kept-outcome;DB_CLOSE_DELAY=-1")) {
            anUnreadableOutcomeIsClaimedAgain(database);
        }
    }

    @Test
    void onPostgres() {
        try (Postgres postgres = Postgres.start(); TestDatabase database = postgres.database()) {
            anUnreadableOutcomeIsClaimedAgain(database);
        }
    }

    private static void anUnreadableOutcomeIsClaimedAgain(TestDatabase test) {
        AudiencesDatabase database = test.migrated();
        IdempotencyStore store = database.idempotency();
        Jdbi jdbi = Jdbi.create(test.newPool());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        IdempotencyScope record = scope("record");
        IdempotencyScope rule = scope("rule");
        store.keep(acquired(store, record, now), new KeptOutcome.Refused<>("AUDIENCE_NAME_TAKEN", "taken"));
        store.keep(acquired(store, rule, now), new KeptOutcome.Refused<>("AUDIENCE_NAME_TAKEN", "taken"));
        jdbi.useHandle(handle -> handle.execute("UPDATE idempotency_keys SET outcome = 'CREATED', "
                + "created = '{\"id\":\"not an id\",\"addedLater\":1}' WHERE idempotency_key = 'record'"));
        jdbi.useHandle(handle -> handle.execute("UPDATE idempotency_keys SET refusal_code = 'A_RULE_OF_LATER' "
                + "WHERE idempotency_key = 'rule'"));

        assertThat(claim(store, record, "another body", now))
                .isEqualTo(new IdempotencyClaim.KeptForAnotherRequest<Audience>());
        assertThat(claim(store, record, "body", now)).isInstanceOf(IdempotencyClaim.Acquired.class);
        assertThat(claim(store, rule, "body", now)).isInstanceOf(IdempotencyClaim.Acquired.class);
        assertThat(claim(store, rule, "body", now)).isEqualTo(new IdempotencyClaim.InUse<Audience>());
    }

    private static IdempotencyScope scope(String key) {
        return new IdempotencyScope("000000000000000000000001", GROUP, "audiences", new IdempotencyKey(key));
    }

    private static IdempotencyClaim.Acquired<Audience> acquired(IdempotencyStore store, IdempotencyScope scope, Instant now) {
        return (IdempotencyClaim.Acquired<Audience>) claim(store, scope, "body", now);
    }

    private static IdempotencyClaim<Audience> claim(IdempotencyStore store, IdempotencyScope scope, String fingerprint,
            Instant now) {
        return store.claim(scope, fingerprint, Audience.class, now, now.minus(Duration.ofHours(24)), now.minus(Duration.ofSeconds(10)));
    }
}

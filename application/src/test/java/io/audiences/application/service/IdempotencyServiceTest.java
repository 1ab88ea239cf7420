package io.audiences.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import io.audiences.application.memory.InMemoryIdempotencyStore;
import io.audiences.application.port.out.IdempotencyStore;
import io.audiences.domain.RuleRefusal;
import io.audiences.domain.CreationRule;
import io.audiences.domain.IdempotencyKey;
import io.audiences.domain.accountgroup.AccountGroupId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What a caller is answered when the store fails after a rule refused the creation. */
class IdempotencyServiceTest {

    private static final IdempotencyScope SCOPE = new IdempotencyScope("000000000000000000000001",
            new AccountGroupId("0123456789abcdef01234567"), "audiences", new IdempotencyKey("refused"));

    @Test
    void aRefusalThatCannotBeKeptIsStillTheAnswerAndFreesTheKey() {
        InMemoryIdempotencyStore memory = new InMemoryIdempotencyStore();
        IdempotencyService idempotency = new IdempotencyService(new KeepFails(memory),
                Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC));
        RuleRefusal refusal = new RuleRefusal(CreationRule.AUDIENCE_LIMIT_REACHED, "no room left");

        assertThatThrownBy(() -> idempotency.once(SCOPE, "body", Duration.ofHours(24), String.class, () -> {
            throw refusal;
        })).isSameAs(refusal);

        Instant later = Instant.parse("2026-12-06T10:00:01Z");
        assertThat(memory.claim(SCOPE, "body", String.class, later, later.minus(Duration.ofHours(24)), later))
                .isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    private record KeepFails(IdempotencyStore store) implements IdempotencyStore {

        @Override
        public <T> IdempotencyClaim<T> claim(IdempotencyScope scope, String fingerprint, Class<T> created, Instant now,
                Instant expiredBefore, Instant abandonedBefore) {
            return store.claim(scope, fingerprint, created, now, expiredBefore, abandonedBefore);
        }

        @Override
        public <T> T keepCreated(IdempotencyClaim.Acquired<T> claim, Supplier<T> creation) {
            return store.keepCreated(claim, creation);
        }

        @Override
        public <T> void keep(IdempotencyClaim.Acquired<T> claim, KeptOutcome.Refused<T> outcome) {
            throw new IllegalStateException("the database went away");
        }

        @Override
        public void forget(IdempotencyClaim.Acquired<?> claim) {
            store.forget(claim);
        }

        @Override
        public int prune(Instant before, int atMost) {
            return store.prune(before, atMost);
        }
    }
}

package io.audiences.application.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import io.audiences.application.contract.IdempotencyContract;
import io.audiences.application.contract.Storage;
import io.audiences.domain.IdempotencyKey;
import io.audiences.domain.accountgroup.AccountGroupId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryIdempotencyTest extends IdempotencyContract {

    private static final IdempotencyScope SCOPE = new IdempotencyScope("000000000000000000000001",
            new AccountGroupId("0123456789abcdef01234567"), "audiences", new IdempotencyKey("running"));

    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }

    /** In one process a running creation's request is alive: its key is in use, however long it runs, and other keys are claimed meanwhile. */
    @Test
    void aRunningCreationIsNeverTakenOverNorBlocksOtherKeys() {
        InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
        Instant start = Instant.parse("2026-12-06T10:00:00Z");
        IdempotencyClaim.Acquired<String> claim = (IdempotencyClaim.Acquired<String>) claim(store, SCOPE, start);

        String created = store.keepCreated(claim, () -> {
            Instant muchLater = start.plus(Duration.ofMinutes(5));
            assertThat(claim(store, SCOPE, muchLater)).isEqualTo(new IdempotencyClaim.InUse<String>());
            assertThat(store.prune(muchLater, 10)).isZero();
            IdempotencyScope other = new IdempotencyScope(SCOPE.apiKeyId(), SCOPE.accountGroupId(), "audiences",
                    new IdempotencyKey("other"));
            assertThat(claim(store, other, muchLater)).isInstanceOf(IdempotencyClaim.Acquired.class);
            return "created";
        });

        assertThat(claim(store, SCOPE, start)).isEqualTo(new IdempotencyClaim.Kept<>(new KeptOutcome.Created<>(created)));
    }

    private static IdempotencyClaim<String> claim(InMemoryIdempotencyStore store, IdempotencyScope scope, Instant now) {
        return store.claim(scope, "body", String.class, now, now.minus(Duration.ofHours(24)), now.minus(Duration.ofSeconds(10)));
    }
}

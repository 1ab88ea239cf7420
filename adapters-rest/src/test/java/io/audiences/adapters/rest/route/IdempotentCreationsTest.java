package io.audiences.adapters.rest.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.IdempotentRun;
import io.audiences.application.port.in.Idempotency;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.ApiKeyId;
import io.audiences.domain.apikey.ApiKeySecret;
import io.audiences.domain.apikey.Permission;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What a creation tells (its log line, its metric) only once it is committed: never for a creation rolled back. */
class IdempotentCreationsTest {

    private static final AccountGroupId GROUP = new AccountGroupId("0123456789abcdef01234567");

    @Test
    void aKeyedCreationRolledBackAfterItRanIsNeverAnnounced() {
        List<String> announced = new ArrayList<>();
        Idempotency rolledBack = new Idempotency() {
            @Override
            public <T> IdempotentRun<T> once(IdempotencyScope scope, String fingerprint, Duration retention, Class<T> created,
                    Supplier<T> creation) {
                creation.get();
                throw new IllegalStateException("no running claim of the idempotency key to keep the outcome under");
            }

            @Override
            public int pruneExpired(Duration retention) {
                return 0;
            }
        };
        IdempotentCreations.Route<String> route = new IdempotentCreations.Route<>("audiences", String.class,
                (caller, name) -> announced.add(name), name -> IdempotentCreations.Answer.created(name, "/somewhere"));
        BiFunction<AccountGroupId, ObjectNode, String> command = (group, body) -> body.get("name").asText();

        assertThatThrownBy(() -> new IdempotentCreations(rolledBack, Duration.ofHours(1))
                .create(route, caller(), request("key-1"), body("{\"name\":\"Leads\"}"), command, name -> name))
                .isInstanceOf(IllegalStateException.class);
        assertThat(announced).isEmpty();

        new IdempotentCreations(rolledBack, Duration.ofHours(1)).create(route, caller(), request(null), body("{\"name\":\"Leads\"}"), command,
                name -> name);
        assertThat(announced).containsExactly("Leads");
    }

    private static ApiKeyPrincipal caller() {
        return new ApiKeyPrincipal(new ApiKey(new ApiKeyId("000000000000000000000001"),
                ApiKeySecret.fromRandomBytes(new byte[32]).hash(), Set.of(Permission.AUDIENCES_WRITE), Set.of(GROUP), "test",
                Instant.parse("2026-12-06T10:00:00Z"), null));
    }

    private static CreationRequest request(String idempotencyKey) {
        return new CreationRequest(GROUP.value(), "application/json", idempotencyKey == null ? null : List.of(idempotencyKey));
    }

    private static ByteArrayInputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}

package io.audiences.application.command;

import io.audiences.domain.IdempotencyKey;
import io.audiences.domain.accountgroup.AccountGroupId;
import java.util.Objects;

/**
 * Where an {@code Idempotency-Key} means something: the API key that sent it, the account group and
 * the route. Two API keys may use the same value without meeting.
 *
 * @param apiKeyId the sending API key's id
 * @param route    the creation it names, e.g. {@code audiences} or {@code folders}
 */
public record IdempotencyScope(String apiKeyId, AccountGroupId accountGroupId, String route, IdempotencyKey key) {

    public IdempotencyScope {
        Objects.requireNonNull(apiKeyId, "apiKeyId");
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(key, "key");
    }
}

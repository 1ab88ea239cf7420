package io.audiences.domain.apikey;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.accountgroup.AccountGroupId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * An issued API key, as stored: never the secret, only its hash.
 *
 * @param permissions     what the key may do
 * @param accountGroupIds the account groups it may act on (at least one)
 * @param label           the operator's note on what the key is for, or {@code null}
 * @param revokedAt       when it was revoked, or {@code null} while it is active
 */
public record ApiKey(
        ApiKeyId id,
        ApiKeyHash hash,
        Set<Permission> permissions,
        Set<AccountGroupId> accountGroupIds,
        String label,
        Instant createdAt,
        Instant revokedAt) {

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
        permissions = Set.copyOf(permissions);
        accountGroupIds = Set.copyOf(accountGroupIds);
        if (accountGroupIds.isEmpty()) {
            throw new InvalidInputException(new FieldViolation("accountGroup", "at least one is required"));
        }
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
        revokedAt = revokedAt == null ? null : revokedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean mayActOn(AccountGroupId accountGroupId) {
        return accountGroupIds.contains(accountGroupId);
    }
}

package io.audiences.adapters.persistence;

import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import io.audiences.application.command.OutcomeKeeping;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/** The SQL of {@code idempotency_keys}, run on one handle; every statement but the prune names one row by its key. */
final class IdempotencyDao {

    private static final String SCOPE = "api_key_id = :apiKeyId AND account_group_id = :accountGroupId "
            + "AND route = :route AND idempotency_key = :key";

    private final Handle handle;

    IdempotencyDao(Handle handle) {
        this.handle = handle;
    }

    /** Removes the scope's row if its outcome was kept before {@code expiredBefore}, or its claim made before {@code abandonedBefore} never ended. */
    void removeIfOver(IdempotencyScope scope, Instant expiredBefore, Instant abandonedBefore) {
        bind(handle.createUpdate("DELETE FROM idempotency_keys WHERE " + SCOPE + " AND ("
                        + "(status IS NOT NULL AND started_at < :expiredBefore) "
                        + "OR (status IS NULL AND started_at < :abandonedBefore))"), scope)
                .bind("expiredBefore", utc(expiredBefore)).bind("abandonedBefore", utc(abandonedBefore))
                .execute();
    }

    /** @throws org.jdbi.v3.core.JdbiException a unique violation when the scope has a row */
    void insertClaim(IdempotencyScope scope, String fingerprint, Instant now) {
        bind(handle.createUpdate("INSERT INTO idempotency_keys (api_key_id, account_group_id, route, idempotency_key, "
                        + "fingerprint, started_at) VALUES (:apiKeyId, :accountGroupId, :route, :key, :fingerprint, :now)"), scope)
                .bind("fingerprint", fingerprint).bind("now", utc(now))
                .execute();
    }

    Optional<Row> find(IdempotencyScope scope) {
        return bind(handle.createQuery("SELECT fingerprint, status, body, location FROM idempotency_keys WHERE " + SCOPE), scope)
                .map((rs, ctx) -> new Row(rs.getString("fingerprint"),
                        rs.getObject("status") == null ? null
                                : new KeptOutcome(rs.getInt("status"), rs.getString("body"), rs.getString("location"))))
                .findOne();
    }

    /** Ends the scope's running claim with {@code outcome}; how many rows it changed (0 if no claim runs). */
    int keep(IdempotencyScope scope, KeptOutcome outcome) {
        return bind(handle.createUpdate("UPDATE idempotency_keys SET status = :status, body = :body, location = :location "
                        + "WHERE " + SCOPE + " AND status IS NULL"), scope)
                .bind("status", outcome.status()).bind("body", outcome.body()).bind("location", outcome.location())
                .execute();
    }

    /**
     * In a creation's transaction: keeps the outcome {@code keeping} renders for {@code created}, when
     * there is a keeping, under its running claim; without that claim the creation must not commit.
     */
    static <T> void keepWith(Handle handle, OutcomeKeeping<T> keeping, T created) {
        if (keeping != null && new IdempotencyDao(handle).keep(keeping.scope(), keeping.render().apply(created)) != 1) {
            throw new IllegalStateException("no running claim of the idempotency key to keep the outcome under");
        }
    }

    void forget(IdempotencyScope scope) {
        bind(handle.createUpdate("DELETE FROM idempotency_keys WHERE " + SCOPE + " AND status IS NULL"), scope).execute();
    }

    /** Removes up to {@code atMost} rows started before {@code before}, oldest first, through the index on started_at. */
    int prune(Instant before, int atMost) {
        return handle.createUpdate("DELETE FROM idempotency_keys WHERE started_at < :before AND "
                        + "(api_key_id, account_group_id, route, idempotency_key) IN (SELECT api_key_id, account_group_id, "
                        + "route, idempotency_key FROM idempotency_keys WHERE started_at < :before "
                        + "ORDER BY started_at LIMIT :atMost)")
                .bind("before", utc(before)).bind("atMost", atMost)
                .execute();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, IdempotencyScope scope) {
        return statement.bind("apiKeyId", scope.apiKeyId()).bind("accountGroupId", scope.accountGroupId().value())
                .bind("route", scope.route()).bind("key", scope.key().value());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A row: its request's fingerprint, and its kept outcome, or {@code null} while the claim runs. */
    record Row(String fingerprint, KeptOutcome outcome) {
    }
}

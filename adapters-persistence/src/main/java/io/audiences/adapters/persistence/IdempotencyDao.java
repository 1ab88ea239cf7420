package io.audiences.adapters.persistence;

import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import io.audiences.domain.IdempotencyKey;
import io.audiences.domain.accountgroup.AccountGroupId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** The SQL of {@code idempotency_keys}, run on one handle; every statement but the prune's query names one row by its key. */
final class IdempotencyDao {

    private static final String SCOPE = "api_key_id = :apiKeyId AND account_group_id = :accountGroupId "
            + "AND route = :route AND idempotency_key = :key";
    /** The scope's row while the claim made at :claimedAt runs (not after another request took an abandoned claim over). */
    private static final String RUNNING_CLAIM = SCOPE + " AND outcome IS NULL AND started_at = :claimedAt";

    private final Handle handle;

    IdempotencyDao(Handle handle) {
        this.handle = handle;
    }

    /** Removes the scope's row if its outcome was kept before {@code expiredBefore}, or its claim made before {@code abandonedBefore} never ended. */
    void removeIfOver(IdempotencyScope scope, Instant expiredBefore, Instant abandonedBefore) {
        bind(handle.createUpdate("DELETE FROM idempotency_keys WHERE " + SCOPE + " AND ("
                        + "(outcome IS NOT NULL AND started_at < :expiredBefore) "
                        + "OR (outcome IS NULL AND started_at < :abandonedBefore))"), scope)
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
        return bind(handle.createQuery("SELECT fingerprint, started_at, outcome, created, refusal_code, refusal_details "
                        + "FROM idempotency_keys WHERE " + SCOPE), scope)
                .map((rs, ctx) -> new Row(rs.getString("fingerprint"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                        KeptOutcomeColumns.read(rs)))
                .findOne();
    }

    /** Removes the scope's outcome kept by the claim made at {@code startedAt}, if it is still there. */
    void removeKept(IdempotencyScope scope, Instant startedAt) {
        bind(handle.createUpdate("DELETE FROM idempotency_keys WHERE " + SCOPE
                        + " AND outcome IS NOT NULL AND started_at = :startedAt"), scope)
                .bind("startedAt", utc(startedAt))
                .execute();
    }

    /** Ends {@code claim} with {@code outcome}; how many rows it changed (0 if that claim no longer runs). */
    int keep(IdempotencyClaim.Acquired<?> claim, KeptOutcome<?> outcome) {
        KeptOutcomeColumns columns = KeptOutcomeColumns.of(outcome);
        return bind(handle.createUpdate("UPDATE idempotency_keys SET outcome = :outcome, created = :created, "
                        + "refusal_code = :refusalCode, refusal_details = :refusalDetails WHERE " + RUNNING_CLAIM), claim)
                .bind("outcome", columns.outcome()).bind("created", columns.created())
                .bind("refusalCode", columns.refusalCode()).bind("refusalDetails", columns.refusalDetails())
                .execute();
    }

    void forget(IdempotencyClaim.Acquired<?> claim) {
        bind(handle.createUpdate("DELETE FROM idempotency_keys WHERE " + RUNNING_CLAIM), claim).execute();
    }

    /** Up to {@code atMost} rows started before {@code before}, oldest first, read through the index on started_at. */
    static final String EXPIRED = "SELECT api_key_id, account_group_id, route, idempotency_key FROM idempotency_keys "
            + "WHERE started_at < :before ORDER BY started_at FETCH FIRST :atMost ROWS ONLY";
    /** One of them, by its primary key, if it is still that old. */
    static final String DELETE_EXPIRED = "DELETE FROM idempotency_keys WHERE " + SCOPE + " AND started_at < :before";

    /**
     * Removes up to {@code atMost} rows started before {@code before}, oldest first: their keys read
     * through the index on started_at, then deleted one by one by primary key in one batch. (One
     * {@code DELETE … WHERE (key columns) IN (SELECT …)} reads the table once per row on H2.)
     */
    int prune(Instant before, int atMost) {
        List<IdempotencyScope> expired = handle.createQuery(EXPIRED)
                .bind("before", utc(before)).bind("atMost", atMost)
                .map((rs, ctx) -> new IdempotencyScope(rs.getString("api_key_id"),
                        new AccountGroupId(rs.getString("account_group_id")), rs.getString("route"),
                        new IdempotencyKey(rs.getString("idempotency_key"))))
                .list();
        if (expired.isEmpty()) {
            return 0;
        }
        PreparedBatch delete = handle.prepareBatch(DELETE_EXPIRED);
        for (IdempotencyScope scope : expired) {
            bind(delete, scope).bind("before", utc(before)).add();
        }
        return IntStream.of(delete.execute()).sum();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, IdempotencyClaim.Acquired<?> claim) {
        return bind(statement, claim.scope()).bind("claimedAt", utc(claim.claimedAt()));
    }

    private static <S extends SqlStatement<S>> S bind(S statement, IdempotencyScope scope) {
        return statement.bind("apiKeyId", scope.apiKeyId()).bind("accountGroupId", scope.accountGroupId().value())
                .bind("route", scope.route()).bind("key", scope.key().value());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A row: its request's fingerprint, when it was claimed, and its kept outcome (none while the claim runs). */
    record Row(String fingerprint, Instant startedAt, KeptOutcomeColumns outcome) {
    }
}

package io.audiences.adapters.persistence;

import io.audiences.application.command.RateLimitDecision;
import io.audiences.application.port.out.RequestLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/**
 * A fixed-window limit kept in PostgreSQL ({@code rate_limit_windows}), so that every instance on
 * the database shares it: at most {@code limit} requests per key in each window of {@code period},
 * counted across instances. Windows are aligned to the database's clock, so that instances whose
 * clocks differ still agree on them. Each request, or each group of a key's requests asked
 * together ({@link #acquire(String, int)}), is one {@code INSERT … ON CONFLICT … DO UPDATE …
 * RETURNING} in its own transaction: the key's row is locked for that statement only, and the
 * statement takes consecutive places in the window for the group, so each request's answer is
 * exact whatever the other instances do meanwhile. A key found
 * spent is refused without asking the database again until its window ends (a spent window cannot
 * admit again, so this is exact): a client flooding past its limit costs the database nothing.
 */
public final class DatabaseRequestLimiter implements RequestLimiter {

    /**
     * Counts {@code :requests} requests in the key's current window, starting a new window when the
     * last one is over; the count it returns less {@code :requests} is how many came before them. A
     * statement that began in a window but got the row only after a statement of the next window (the
     * lock's waiters are not served in order) counts in that later window: a window never goes back,
     * so neither is a spent window reopened nor a new one's count lost. Past the limit the count stops
     * at {@code :cap} (the limit and the requests, within an INTEGER): every request counted beyond
     * the limit is refused either way.
     */
    private static final String TAKE = """
            INSERT INTO rate_limit_windows AS w (limit_key, window_start, used)
            VALUES (:key, FLOOR(EXTRACT(EPOCH FROM STATEMENT_TIMESTAMP()) * 1000 / :period)::BIGINT * :period, :requests)
            ON CONFLICT (limit_key) DO UPDATE SET
                used = CASE WHEN EXCLUDED.window_start > w.window_start THEN :requests
                            ELSE LEAST(w.used::BIGINT + :requests, :cap) END,
                window_start = GREATEST(w.window_start, EXCLUDED.window_start)
            RETURNING used, window_start, FLOOR(EXTRACT(EPOCH FROM STATEMENT_TIMESTAMP()) * 1000)::BIGINT AS now_ms""";

    private static final String PEEK = """
            SELECT COALESCE(MAX(used), 0) AS used, FLOOR(EXTRACT(EPOCH FROM STATEMENT_TIMESTAMP()) * 1000)::BIGINT AS now_ms
            FROM rate_limit_windows
            WHERE limit_key = :key AND window_start = FLOOR(EXTRACT(EPOCH FROM STATEMENT_TIMESTAMP()) * 1000 / :period)::BIGINT * :period""";

    /** Rows of windows that are over: their keys start afresh anyway. */
    private static final String FORGET = """
            DELETE FROM rate_limit_windows
            WHERE window_start < FLOOR(EXTRACT(EPOCH FROM STATEMENT_TIMESTAMP()) * 1000 / :period)::BIGINT * :period""";

    /** A statement still running after this is cancelled by the driver; the caller stops waiting sooner. */
    private static final int QUERY_TIMEOUT_SECONDS = 1;
    /** More than any instance has requests waiting at once. */
    static final int MAX_REQUESTS_AT_ONCE = 100_000;

    private final Jdbi jdbi;
    private final int limit;
    private final long periodMillis;
    private volatile long trackedKeys;
    /** Keys found spent, and when (in {@link System#nanoTime()}) their window ends. */
    private final Map<String, Long> spentUntil = new ConcurrentHashMap<>();

    DatabaseRequestLimiter(Jdbi jdbi, int limit, Duration period) {
        if (limit < 1 || period.toMillis() < 1) {
            throw new IllegalArgumentException("a limit needs at least one request per period of at least a millisecond");
        }
        this.jdbi = jdbi;
        this.limit = limit;
        this.periodMillis = period.toMillis();
    }

    @Override
    public RateLimitDecision acquire(String key) {
        return acquire(key, 1).get(0);
    }

    @Override
    public List<RateLimitDecision> acquire(String key, int requests) {
        if (requests < 1 || requests > MAX_REQUESTS_AT_ONCE) {
            throw new IllegalArgumentException("from 1 to " + MAX_REQUESTS_AT_ONCE + " requests at once, not " + requests);
        }
        RateLimitDecision spent = knownRefusal(key);
        if (spent != null) {
            return Collections.nCopies(requests, spent);
        }
        // Before the statement: the database's clock reads later, so the window ends after this plus its time left.
        long asked = System.nanoTime();
        Window window = StorageErrors.translate(() -> jdbi.withHandle(handle -> handle.createQuery(TAKE)
                .setQueryTimeout(QUERY_TIMEOUT_SECONDS)
                .bind("key", key).bind("period", periodMillis).bind("requests", requests)
                .bind("cap", (int) Math.min((long) limit + requests, Integer.MAX_VALUE))
                .map((rs, ctx) -> new Window(rs.getInt("used"), rs.getLong("window_start") + periodMillis - rs.getLong("now_ms")))
                .one()));
        if (window.used() > limit) {
            // A spent window cannot admit again: until it ends, refuse here without a write.
            spentUntil.put(key, asked + window.millisLeft() * 1_000_000L);
        }
        int before = window.used() - requests;
        List<RateLimitDecision> decisions = new ArrayList<>(requests);
        for (int place = before + 1; place <= window.used(); place++) {
            decisions.add(decision(place, window.millisLeft()));
        }
        return decisions;
    }

    @Override
    public RateLimitDecision peek(String key) {
        RateLimitDecision spent = knownRefusal(key);
        if (spent != null) {
            return spent;
        }
        return StorageErrors.translate(() -> jdbi.withHandle(handle -> handle.createQuery(PEEK)
                .setQueryTimeout(QUERY_TIMEOUT_SECONDS)
                .bind("key", key).bind("period", periodMillis)
                .map((rs, ctx) -> {
                    long now = rs.getLong("now_ms");
                    int used = rs.getInt("used");
                    RateLimitDecision taken = decision(used, Math.floorDiv(now, periodMillis) * periodMillis + periodMillis - now);
                    return new RateLimitDecision(used < limit, limit, taken.remaining(), taken.resetSeconds());
                })
                .one()));
    }

    /** Keys seen in the current window, as of the last {@link #forgetIdleKeys()}. */
    @Override
    public long trackedKeys() {
        return trackedKeys;
    }

    /**
     * Deletes the rows of keys not seen in the current window, which bounds the table by the keys in
     * use; call it about once a period. Returns how many it deleted.
     */
    public int forgetIdleKeys() {
        return StorageErrors.translate(() -> jdbi.withHandle(handle -> {
            long now = System.nanoTime();
            spentUntil.values().removeIf(until -> until - now <= 0);
            int forgotten = handle.createUpdate(FORGET).bind("period", periodMillis).execute();
            trackedKeys = handle.createQuery("SELECT COUNT(*) FROM rate_limit_windows").mapTo(Long.class).one();
            return forgotten;
        }));
    }

    /** The refusal of a key found spent whose window has not ended yet, else {@code null}. */
    @Override
    public RateLimitDecision knownRefusal(String key) {
        Long until = spentUntil.get(key);
        if (until == null) {
            return null;
        }
        long nanosLeft = until - System.nanoTime();
        if (nanosLeft <= 0) {
            spentUntil.remove(key, until);
            return null;
        }
        return new RateLimitDecision(false, limit, 0, Math.max(1, (nanosLeft + 999_999_999L) / 1_000_000_000L));
    }

    /** A key's count in its window, and the milliseconds until that window ends. */
    private record Window(int used, long millisLeft) {
    }

    private RateLimitDecision decision(int used, long millisLeftInWindow) {
        long millisLeft = Math.max(0, millisLeftInWindow);
        return new RateLimitDecision(used <= limit, limit, Math.max(0, limit - used), Math.max(1, (millisLeft + 999) / 1000));
    }
}

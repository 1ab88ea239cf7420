-- Each API key's requests in the current rate-limit window, shared by every instance on this
-- database (rateLimit.store: database). Unlogged on PostgreSQL: no WAL for a row written on every
-- request, and a crash that empties the table only hands each key a fresh window.
CREATE ${unlogged} TABLE rate_limit_windows (
    limit_key    VARCHAR(64) NOT NULL PRIMARY KEY,
    -- The window's start, in milliseconds since the epoch on the database's clock.
    window_start BIGINT      NOT NULL,
    used         INTEGER     NOT NULL
);

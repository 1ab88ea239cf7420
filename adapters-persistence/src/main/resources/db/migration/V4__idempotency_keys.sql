-- Idempotency keys (audience-lifecycle.md, section 6). A row is a claim while the first request
-- with the key runs (status NULL), then its kept outcome (a 201 or a 422), which a creation writes
-- in its own transaction. Rows past the retention are pruned in batches, oldest first, through the
-- index on started_at; the request path reads and writes one row by its key.
CREATE TABLE idempotency_keys (
    api_key_id       VARCHAR(24)     NOT NULL,
    account_group_id VARCHAR(24)     NOT NULL,
    route            VARCHAR(32)     NOT NULL,
    idempotency_key  VARCHAR(255)    NOT NULL,
    fingerprint      VARCHAR(64)     NOT NULL,
    status           INTEGER,
    body             VARCHAR(200000),
    location         VARCHAR(200),
    started_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_keys_scope PRIMARY KEY (api_key_id, account_group_id, route, idempotency_key)
);

CREATE INDEX idempotency_keys_by_age ON idempotency_keys (started_at);

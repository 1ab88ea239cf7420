-- One script for H2 2.x and PostgreSQL alike: keep to the SQL both accept.
-- Ids are the contract's 24 lower-case hex characters. Lengths are in characters: 400 holds
-- 200 code points even when every one is a surrogate pair (H2 counts UTF-16 units).

-- The two counts are kept by the creation transaction (under the row lock), so the limits are
-- checked in constant time however many audiences a group holds.
CREATE TABLE account_groups (
    id                        VARCHAR(24)  NOT NULL PRIMARY KEY,
    name                      VARCHAR(400) NOT NULL,
    plan                      VARCHAR(16)  NOT NULL,
    linkedin_connected        BOOLEAN      NOT NULL,
    audience_count            BIGINT       DEFAULT 0 NOT NULL,
    monitoring_audience_count BIGINT       DEFAULT 0 NOT NULL,
    created_at                TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT account_groups_plan_known CHECK (plan IN ('tester', 'starter', 'scale', 'enterprise'))
);

-- Only a SHA-256 of each key's secret is stored, never the secret.
CREATE TABLE api_keys (
    id         VARCHAR(24)  NOT NULL PRIMARY KEY,
    key_hash   VARCHAR(64)  NOT NULL,
    label      VARCHAR(400),
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP(3) WITH TIME ZONE,
    CONSTRAINT api_keys_hash_unique UNIQUE (key_hash)
);

CREATE TABLE api_key_permissions (
    api_key_id VARCHAR(24)  NOT NULL REFERENCES api_keys (id),
    permission VARCHAR(100) NOT NULL,
    PRIMARY KEY (api_key_id, permission)
);

CREATE TABLE api_key_account_groups (
    api_key_id       VARCHAR(24) NOT NULL REFERENCES api_keys (id),
    account_group_id VARCHAR(24) NOT NULL REFERENCES account_groups (id),
    PRIMARY KEY (api_key_id, account_group_id)
);

-- name_key is the SHA-256 (hex) of the domain's NameKey: a fixed-size stand-in that keeps the
-- unique index small however far NFKC expands a name.
CREATE TABLE audiences (
    id               VARCHAR(24)   NOT NULL PRIMARY KEY,
    account_group_id VARCHAR(24)   NOT NULL REFERENCES account_groups (id),
    name             VARCHAR(400)  NOT NULL,
    name_key         VARCHAR(64)   NOT NULL,
    description      VARCHAR(4000),
    type             VARCHAR(16)   NOT NULL,
    folder_id        VARCHAR(24),
    prospect_count   BIGINT        NOT NULL,
    created_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT audiences_type_known CHECK (type IN ('on_demand', 'monitoring')),
    CONSTRAINT audiences_name_unique UNIQUE (account_group_id, name_key)
);

-- The read side pages an account group's audiences newest first, ties broken by id (keyset).
CREATE INDEX audiences_by_group_newest_first ON audiences (account_group_id, created_at DESC, id DESC);

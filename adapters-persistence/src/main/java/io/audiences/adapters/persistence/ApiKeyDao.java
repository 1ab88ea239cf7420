package io.audiences.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of {@code api_keys} and its two grant tables, run on one handle. */
final class ApiKeyDao {

    /** A key with its grants in one round trip: a row per (permission, account group) pair. */
    private static final String WITH_GRANTS = "SELECT k.id, k.key_hash, k.label, k.created_at, k.revoked_at, "
            + "p.permission, g.account_group_id "
            + "FROM api_keys k "
            + "LEFT JOIN api_key_permissions p ON p.api_key_id = k.id "
            + "LEFT JOIN api_key_account_groups g ON g.api_key_id = k.id ";

    private final Handle handle;

    ApiKeyDao(Handle handle) {
        this.handle = handle;
    }

    void insert(String id, String keyHash, String label, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
        handle.createUpdate("INSERT INTO api_keys (id, key_hash, label, created_at, revoked_at) "
                        + "VALUES (:id, :keyHash, :label, :createdAt, :revokedAt)")
                .bind("id", id).bind("keyHash", keyHash).bind("label", label)
                .bind("createdAt", createdAt).bind("revokedAt", revokedAt)
                .execute();
    }

    void insertPermissions(String apiKeyId, List<String> permissions) {
        insertPairs("INSERT INTO api_key_permissions (api_key_id, permission) VALUES (:apiKeyId, :value)",
                apiKeyId, permissions);
    }

    void insertAccountGroups(String apiKeyId, List<String> accountGroupIds) {
        insertPairs("INSERT INTO api_key_account_groups (api_key_id, account_group_id) VALUES (:apiKeyId, :value)",
                apiKeyId, accountGroupIds);
    }

    private void insertPairs(String sql, String apiKeyId, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(sql);
        values.forEach(value -> batch.bind("apiKeyId", apiKeyId).bind("value", value).add());
        batch.execute();
    }

    /**
     * Every request's authentication, run on {@link PlainReads}: the key's own row alone, by its
     * hash. Its grants never change once issued, so they are read once ({@link #WITH_GRANTS_BY_ID}).
     */
    static final String STATE_BY_HASH = "SELECT id, revoked_at FROM api_keys WHERE key_hash = ?";

    /** A key with its grants, run on {@link PlainReads}: the key's id is its one parameter. */
    static final String WITH_GRANTS_BY_ID = WITH_GRANTS + "WHERE k.id = ?";

    /** The one row of {@link #STATE_BY_HASH}, or {@code null} if no key has that hash. */
    static KeyState keyState(ResultSet rs) throws SQLException {
        return rs.next() ? new KeyState(rs.getString("id"), rs.getObject("revoked_at") != null) : null;
    }

    /** The rows of {@link #WITH_GRANTS_BY_ID}, the key's columns read once. */
    static List<GrantRow> grantRows(ResultSet rs) throws SQLException {
        List<GrantRow> rows = new ArrayList<>();
        KeyRow key = null;
        while (rs.next()) {
            if (key == null) {
                key = KeyRow.map(rs, null);
            }
            rows.add(new GrantRow(key, rs.getString("permission"), rs.getString("account_group_id")));
        }
        return rows;
    }

    List<GrantRow> find(String id) {
        return handle.createQuery(WITH_GRANTS_BY_ID).bind(0, id).map(GrantRow::map).list();
    }

    /** Every key's rows, a key's together, oldest key first. */
    List<GrantRow> listAll() {
        return handle.createQuery(WITH_GRANTS + "ORDER BY k.created_at, k.id").map(GrantRow::map).list();
    }

    int revoke(String id, OffsetDateTime revokedAt) {
        return handle.createUpdate("UPDATE api_keys SET revoked_at = :revokedAt WHERE id = :id AND revoked_at IS NULL")
                .bind("id", id).bind("revokedAt", revokedAt).execute();
    }

    /** One row of {@link #WITH_GRANTS}: the key, one of its permissions, one of its account groups. */
    record GrantRow(KeyRow key, String permission, String accountGroupId) {

        static GrantRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new GrantRow(KeyRow.map(rs, ctx), rs.getString("permission"), rs.getString("account_group_id"));
        }
    }

    /** Whether a key is revoked, as its row says now. */
    record KeyState(String id, boolean revoked) {
    }

    /** A row of {@code api_keys}; its grants live in two side tables. */
    record KeyRow(String id, String keyHash, String label, OffsetDateTime createdAt, OffsetDateTime revokedAt) {

        static KeyRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new KeyRow(rs.getString("id"), rs.getString("key_hash"), rs.getString("label"),
                    rs.getObject("created_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class));
        }
    }
}

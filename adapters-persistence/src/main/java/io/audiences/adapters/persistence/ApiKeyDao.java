package io.audiences.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

interface ApiKeyDao {

    @SqlUpdate("INSERT INTO api_keys (id, key_hash, label, created_at, revoked_at) "
            + "VALUES (:id, :keyHash, :label, :createdAt, :revokedAt)")
    void insert(@Bind("id") String id, @Bind("keyHash") String keyHash, @Bind("label") String label,
            @Bind("createdAt") OffsetDateTime createdAt, @Bind("revokedAt") OffsetDateTime revokedAt);

    @SqlBatch("INSERT INTO api_key_permissions (api_key_id, permission) VALUES (:apiKeyId, :permission)")
    void insertPermissions(@Bind("apiKeyId") String apiKeyId, @Bind("permission") List<String> permissions);

    @SqlBatch("INSERT INTO api_key_account_groups (api_key_id, account_group_id) VALUES (:apiKeyId, :accountGroupId)")
    void insertAccountGroups(@Bind("apiKeyId") String apiKeyId, @Bind("accountGroupId") List<String> accountGroupIds);

    /** A key with its grants in one round trip: a row per (permission, account group) pair. */
    String WITH_GRANTS = "SELECT k.id, k.key_hash, k.label, k.created_at, k.revoked_at, p.permission, g.account_group_id "
            + "FROM api_keys k "
            + "LEFT JOIN api_key_permissions p ON p.api_key_id = k.id "
            + "LEFT JOIN api_key_account_groups g ON g.api_key_id = k.id ";

    @SqlQuery(WITH_GRANTS + "WHERE k.key_hash = :keyHash")
    List<GrantRow> findByHash(@Bind("keyHash") String keyHash);

    @SqlQuery(WITH_GRANTS + "WHERE k.id = :id")
    List<GrantRow> find(@Bind("id") String id);

    @SqlUpdate("UPDATE api_keys SET revoked_at = :revokedAt WHERE id = :id AND revoked_at IS NULL")
    int revoke(@Bind("id") String id, @Bind("revokedAt") OffsetDateTime revokedAt);

    /** One row of {@link #WITH_GRANTS}: the key, one of its permissions, one of its account groups. */
    record GrantRow(KeyRow key, String permission, String accountGroupId) {

        static GrantRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new GrantRow(KeyRow.map(rs, ctx), rs.getString("permission"), rs.getString("account_group_id"));
        }
    }

    /** A row of {@code api_keys}; its grants live in two side tables. */
    record KeyRow(String id, String keyHash, String label, OffsetDateTime createdAt, OffsetDateTime revokedAt) {

        static KeyRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new KeyRow(rs.getString("id"), rs.getString("key_hash"), rs.getString("label"),
                    rs.getObject("created_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class));
        }
    }
}

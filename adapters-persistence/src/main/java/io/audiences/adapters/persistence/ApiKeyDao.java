package io.audiences.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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

    @SqlQuery("SELECT id, key_hash, label, created_at, revoked_at FROM api_keys WHERE key_hash = :keyHash")
    Optional<KeyRow> findByHash(@Bind("keyHash") String keyHash);

    @SqlQuery("SELECT id, key_hash, label, created_at, revoked_at FROM api_keys WHERE id = :id")
    Optional<KeyRow> find(@Bind("id") String id);

    @SqlQuery("SELECT permission FROM api_key_permissions WHERE api_key_id = :apiKeyId")
    List<String> permissions(@Bind("apiKeyId") String apiKeyId);

    @SqlQuery("SELECT account_group_id FROM api_key_account_groups WHERE api_key_id = :apiKeyId")
    List<String> accountGroups(@Bind("apiKeyId") String apiKeyId);

    @SqlUpdate("UPDATE api_keys SET revoked_at = :revokedAt WHERE id = :id AND revoked_at IS NULL")
    int revoke(@Bind("id") String id, @Bind("revokedAt") OffsetDateTime revokedAt);

    /** A row of {@code api_keys}; its grants live in two side tables. */
    record KeyRow(String id, String keyHash, String label, OffsetDateTime createdAt, OffsetDateTime revokedAt) {

        static KeyRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new KeyRow(rs.getString("id"), rs.getString("key_hash"), rs.getString("label"),
                    rs.getObject("created_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class));
        }
    }
}

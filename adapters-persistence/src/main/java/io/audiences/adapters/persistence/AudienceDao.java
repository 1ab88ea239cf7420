package io.audiences.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

interface AudienceDao {

    String COLUMNS = "id, account_group_id, name, name_key, description, type, folder_id, prospect_count, created_at";

    @SqlUpdate("INSERT INTO audiences (" + COLUMNS + ") VALUES (:id, :accountGroupId, :name, :nameKey, :description, "
            + ":type, :folderId, :prospectCount, :createdAt)")
    void insert(@Bind("id") String id, @Bind("accountGroupId") String accountGroupId, @Bind("name") String name,
            @Bind("nameKey") String nameKey, @Bind("description") String description, @Bind("type") String type,
            @Bind("folderId") String folderId, @Bind("prospectCount") long prospectCount,
            @Bind("createdAt") OffsetDateTime createdAt);

    @SqlQuery("SELECT COUNT(*) AS audiences, "
            + "COALESCE(SUM(CASE WHEN type = 'monitoring' THEN 1 ELSE 0 END), 0) AS monitoring, "
            + "COALESCE(SUM(CASE WHEN name_key = :nameKey THEN 1 ELSE 0 END), 0) AS same_name "
            + "FROM audiences WHERE account_group_id = :accountGroupId")
    GroupCounts counts(@Bind("accountGroupId") String accountGroupId, @Bind("nameKey") String nameKey);

    @SqlQuery("SELECT " + COLUMNS + " FROM audiences WHERE account_group_id = :accountGroupId AND id = :id")
    Optional<AudienceRow> find(@Bind("accountGroupId") String accountGroupId, @Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM audiences WHERE account_group_id = :accountGroupId "
            + "ORDER BY created_at DESC, id DESC LIMIT :limit")
    List<AudienceRow> newestFirst(@Bind("accountGroupId") String accountGroupId, @Bind("limit") int limit);

    /**
     * The keyset step: rows strictly after (createdAt, id) in newest-first order. The row-value
     * comparison lets both databases read the index as one range, already in order.
     */
    @SqlQuery("SELECT " + COLUMNS + " FROM audiences WHERE account_group_id = :accountGroupId "
            + "AND (created_at, id) < (:createdAt, :id) "
            + "ORDER BY created_at DESC, id DESC LIMIT :limit")
    List<AudienceRow> newestFirstAfter(@Bind("accountGroupId") String accountGroupId,
            @Bind("createdAt") OffsetDateTime createdAt, @Bind("id") String id, @Bind("limit") int limit);

    /** What the creation rules count in an account group. */
    record GroupCounts(long audiences, long monitoring, boolean nameTaken) {

        static GroupCounts map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new GroupCounts(rs.getLong("audiences"), rs.getLong("monitoring"), rs.getLong("same_name") > 0);
        }
    }
}

package io.audiences.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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

    /** Served by the unique index on (account_group_id, name_key). */
    @SqlQuery("SELECT COUNT(*) FROM audiences WHERE account_group_id = :accountGroupId AND name_key = :nameKey")
    int countNamed(@Bind("accountGroupId") String accountGroupId, @Bind("nameKey") String nameKey);

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
}

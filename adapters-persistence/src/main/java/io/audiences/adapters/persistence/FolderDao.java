package io.audiences.adapters.persistence;

import io.audiences.domain.folder.FolderSnapshot;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of {@code folders}, run on one handle. */
final class FolderDao {

    private static final String COLUMNS =
            "id, account_group_id, name, name_key, audience_type, is_pinned, position, created_at, updated_at";

    /** The navigation's folders, read in the order of the unique index on (account_group_id, position). */
    static final String BY_POSITION = "SELECT " + COLUMNS + " FROM folders WHERE account_group_id = :accountGroupId "
            + "ORDER BY account_group_id, position";

    private final Handle handle;

    FolderDao(Handle handle) {
        this.handle = handle;
    }

    /** Count, whether the name key is taken, and the next position: one read of the group's position index and one of its name index. */
    FolderSnapshot snapshot(String accountGroupId, String nameKey) {
        return handle.createQuery("SELECT COUNT(*) AS folders, COALESCE(MAX(position) + 1, 0) AS next_position, "
                        + "(SELECT COUNT(*) FROM folders WHERE account_group_id = :accountGroupId AND name_key = :nameKey) "
                        + "AS taken FROM folders WHERE account_group_id = :accountGroupId")
                .bind("accountGroupId", accountGroupId).bind("nameKey", nameKey)
                .map((rs, ctx) -> new FolderSnapshot(rs.getLong("folders"), rs.getLong("taken") > 0, rs.getLong("next_position")))
                .one();
    }

    boolean nameHeldByAnother(String accountGroupId, String nameKey, String self) {
        return handle.createQuery("SELECT COUNT(*) FROM folders WHERE account_group_id = :accountGroupId "
                        + "AND name_key = :nameKey AND id <> :self")
                .bind("accountGroupId", accountGroupId).bind("nameKey", nameKey).bind("self", self)
                .mapTo(Integer.class).one() > 0;
    }

    Optional<FolderRow> find(String accountGroupId, String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM folders WHERE account_group_id = :accountGroupId AND id = :id")
                .bind("accountGroupId", accountGroupId).bind("id", id)
                .map(FolderRow::map).findOne();
    }

    List<FolderRow> byPosition(String accountGroupId) {
        return handle.createQuery(BY_POSITION).bind("accountGroupId", accountGroupId).map(FolderRow::map).list();
    }

    void insert(FolderRow row) {
        handle.createUpdate("INSERT INTO folders (" + COLUMNS + ") VALUES (:id, :accountGroupId, :name, :nameKey, "
                        + ":audienceType, :pinned, :position, :createdAt, :updatedAt)")
                .bind("id", row.id()).bind("accountGroupId", row.accountGroupId()).bind("name", row.name())
                .bind("nameKey", row.nameKey()).bind("audienceType", row.audienceType()).bind("pinned", row.pinned())
                .bind("position", row.position()).bind("createdAt", row.createdAt()).bind("updatedAt", row.updatedAt())
                .execute();
    }

    void rename(FolderRow row) {
        handle.createUpdate("UPDATE folders SET name = :name, name_key = :nameKey, updated_at = :updatedAt "
                        + "WHERE account_group_id = :accountGroupId AND id = :id")
                .bind("id", row.id()).bind("accountGroupId", row.accountGroupId()).bind("name", row.name())
                .bind("nameKey", row.nameKey()).bind("updatedAt", row.updatedAt())
                .execute();
    }

    /** Ungroups the folder's audiences, then deletes it. */
    void delete(String accountGroupId, String id) {
        handle.createUpdate("UPDATE audiences SET folder_id = NULL WHERE folder_id = :id AND account_group_id = :accountGroupId")
                .bind("accountGroupId", accountGroupId).bind("id", id).execute();
        handle.createUpdate("DELETE FROM folders WHERE account_group_id = :accountGroupId AND id = :id")
                .bind("accountGroupId", accountGroupId).bind("id", id).execute();
    }
}

package io.audiences.adapters.persistence;

import io.audiences.domain.audience.Name;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code folders}. */
record FolderRow(
        String id,
        String accountGroupId,
        String name,
        String nameKey,
        String audienceType,
        boolean pinned,
        long position,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static FolderRow of(Folder folder) {
        return new FolderRow(folder.id().value(), folder.accountGroupId().value(), folder.name().value(),
                AudienceRow.storedKey(folder.nameKey()), folder.audienceType().value(), folder.pinned(), folder.position(),
                folder.createdAt().atOffset(ZoneOffset.UTC), folder.updatedAt().atOffset(ZoneOffset.UTC));
    }

    Folder toDomain() {
        return new Folder(new FolderId(id), new AccountGroupId(accountGroupId), new Name(name),
                AudienceType.fromValue(audienceType)
                        .orElseThrow(() -> new IllegalStateException("unknown audience type " + audienceType)),
                pinned, position, createdAt.toInstant(), updatedAt.toInstant());
    }

    static FolderRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new FolderRow(rs.getString("id"), rs.getString("account_group_id"), rs.getString("name"),
                rs.getString("name_key"), rs.getString("audience_type"), rs.getBoolean("is_pinned"), rs.getLong("position"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}

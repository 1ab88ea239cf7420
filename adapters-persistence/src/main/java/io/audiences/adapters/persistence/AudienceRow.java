package io.audiences.adapters.persistence;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.audience.NameKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code audiences}. Timestamps travel as UTC {@link OffsetDateTime}, which both drivers map exactly. */
record AudienceRow(
        String id,
        String accountGroupId,
        String name,
        String nameKey,
        String description,
        String type,
        String folderId,
        long prospectCount,
        OffsetDateTime createdAt) {

    /** The stored form of a name key: its SHA-256 in hex (see the migration). */
    static String storedKey(NameKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.value().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static AudienceRow of(Audience audience) {
        return new AudienceRow(audience.id().value(), audience.accountGroupId().value(), audience.name().value(),
                storedKey(audience.nameKey()), audience.description() == null ? null : audience.description().value(),
                audience.type().value(), audience.folderId(), audience.prospectCount(),
                audience.createdAt().atOffset(ZoneOffset.UTC));
    }

    Audience toDomain() {
        return Audience.restore(new AudienceId(id), new AccountGroupId(accountGroupId), name, description,
                AudienceType.fromValue(type).orElseThrow(() -> new IllegalStateException("unknown audience type " + type)),
                folderId, prospectCount, createdAt.toInstant());
    }

    static AudienceRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AudienceRow(rs.getString("id"), rs.getString("account_group_id"), rs.getString("name"),
                rs.getString("name_key"), rs.getString("description"), rs.getString("type"), rs.getString("folder_id"),
                rs.getLong("prospect_count"), rs.getObject("created_at", OffsetDateTime.class));
    }

}

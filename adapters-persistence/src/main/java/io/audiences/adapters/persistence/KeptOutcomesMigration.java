package io.audiences.adapters.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
import io.audiences.domain.folder.FolderName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 5: kept outcomes become domain outcomes. Up to version 4 a row kept the answer as the REST
 * adapter rendered it (status, JSON body, {@code Location}); from here it keeps what was created, or
 * which rule refused it ({@link KeptOutcomeColumns}), and the adapter renders the answer. Outcomes
 * kept before the upgrade are converted, so their retries are still answered as before; the old
 * columns go, so that an instance of the previous version still running fails loudly rather than
 * keeping outcomes nobody reads. In Java, not SQL: the old bodies are JSON.
 */
final class KeptOutcomesMigration implements JavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "kept outcomes as domain outcomes";
    }

    @Override
    public Integer getChecksum() {
        return 5;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE idempotency_keys ADD COLUMN outcome VARCHAR(8)");
            ddl.execute("ALTER TABLE idempotency_keys ADD COLUMN created VARCHAR(200000)");
            ddl.execute("ALTER TABLE idempotency_keys ADD COLUMN refusal_code VARCHAR(64)");
            ddl.execute("ALTER TABLE idempotency_keys ADD COLUMN refusal_details VARCHAR(4000)");
        }
        List<Object[]> converted = new ArrayList<>();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT api_key_id, account_group_id, route, idempotency_key, status, body "
                        + "FROM idempotency_keys WHERE status IS NOT NULL")) {
            while (rows.next()) {
                KeptOutcomeColumns outcome = converted(rows.getString("route"), rows.getString("account_group_id"),
                        rows.getInt("status"), JSON.readTree(rows.getString("body")));
                converted.add(new Object[] {outcome.outcome(), outcome.created(), outcome.refusalCode(),
                        outcome.refusalDetails(), rows.getString("api_key_id"), rows.getString("account_group_id"),
                        rows.getString("route"), rows.getString("idempotency_key")});
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE idempotency_keys SET outcome = ?, created = ?, "
                + "refusal_code = ?, refusal_details = ? WHERE api_key_id = ? AND account_group_id = ? AND route = ? "
                + "AND idempotency_key = ?")) {
            for (Object[] row : converted) {
                for (int i = 0; i < row.length; i++) {
                    update.setString(i + 1, (String) row[i]);
                }
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE idempotency_keys DROP COLUMN status");
            ddl.execute("ALTER TABLE idempotency_keys DROP COLUMN body");
            ddl.execute("ALTER TABLE idempotency_keys DROP COLUMN location");
        }
    }

    /** A version 4 outcome: a 422's body was the error ({@code code}, {@code details}), a 201's the created thing as the API showed it. */
    static KeptOutcomeColumns converted(String route, String accountGroupId, int status, JsonNode body) {
        if (status != 201) {
            return new KeptOutcomeColumns(KeptOutcomeColumns.REFUSED, null, body.path("code").asText(),
                    body.path("details").asText(""));
        }
        AccountGroupId group = new AccountGroupId(accountGroupId);
        Object created = switch (route) {
            case "audiences" -> Audience.restore(new AudienceId(body.path("id").asText()), group, body.path("name").asText(),
                    body.path("description").isNull() ? null : body.path("description").asText(),
                    AudienceType.fromValue(body.path("type").asText()).orElseThrow(),
                    body.path("folderId").isNull() ? null : body.path("folderId").asText(),
                    body.path("prospectCount").asLong(), Instant.parse(body.path("createdAt").asText()));
            case "folders" -> new Folder(new FolderId(body.path("id").asText()), group, new FolderName(body.path("name").asText()),
                    AudienceType.fromValue(body.path("audienceType").asText()).orElseThrow(), body.path("isPinned").asBoolean(),
                    body.path("position").asLong(), Instant.parse(body.path("createdAt").asText()),
                    Instant.parse(body.path("updatedAt").asText()));
            default -> throw new IllegalStateException("no creation route is named " + route);
        };
        return new KeptOutcomeColumns(KeptOutcomeColumns.CREATED, KeptOutcomeColumns.json(created), null, null);
    }
}

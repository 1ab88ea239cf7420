package io.audiences.adapters.persistence;

import static io.audiences.adapters.persistence.MigrationStatements.execute;
import static io.audiences.adapters.persistence.MigrationStatements.hasColumn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.audiences.domain.RuleRefusal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Version 5: kept outcomes become domain outcomes. Up to version 4 a row kept the answer as the REST
 * adapter rendered it (status, JSON body, {@code Location}); from here it keeps what was created, or
 * which rule refused it ({@link KeptOutcomeColumns}), and the adapter renders the answer. Outcomes
 * kept before the upgrade are converted, so their retries are still answered as before; the old
 * columns go, so that an instance of the previous version still running fails loudly rather than
 * keeping outcomes nobody reads. In Java, not SQL: the old bodies are JSON. A row that cannot be
 * converted (a body that is not what version 4 kept) is removed rather than failing the upgrade.
 */
final class KeptOutcomesMigration extends JavaMigrationStep {

    private static final Logger LOG = LoggerFactory.getLogger(KeptOutcomesMigration.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "api_key_id = ? AND account_group_id = ? AND route = ? AND idempotency_key = ?";
    private static final int BATCH = 500;

    KeptOutcomesMigration() {
        super(5, "kept outcomes as domain outcomes");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        // H2 commits each DDL statement: a run stopped half-way (the process killed) is run again from
        // here. IF [NOT] EXISTS for the columns; status goes first of the old ones, so while it is there
        // the rows are still to convert (converting twice writes the same), and once it is gone they were.
        execute(connection, "ALTER TABLE idempotency_keys ADD COLUMN IF NOT EXISTS outcome VARCHAR(8)",
                "ALTER TABLE idempotency_keys ADD COLUMN IF NOT EXISTS created VARCHAR(200000)",
                "ALTER TABLE idempotency_keys ADD COLUMN IF NOT EXISTS refusal_code VARCHAR(64)",
                "ALTER TABLE idempotency_keys ADD COLUMN IF NOT EXISTS refusal_details VARCHAR(4000)");
        int unconvertible = hasColumn(connection, "idempotency_keys", "status") ? convert(connection) : 0;
        if (unconvertible > 0) {
            LOG.warn("{} kept outcomes could not be converted and were removed: a retry with their Idempotency-Key "
                    + "runs as a new request", unconvertible);
        }
        execute(connection, "ALTER TABLE idempotency_keys DROP COLUMN IF EXISTS status",
                "ALTER TABLE idempotency_keys DROP COLUMN IF EXISTS body",
                "ALTER TABLE idempotency_keys DROP COLUMN IF EXISTS location");
    }

    /** Converts every kept row, in batches as they are read; removes those it cannot convert and says how many. */
    private static int convert(Connection connection) throws SQLException {
        int unconvertible = 0;
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT api_key_id, account_group_id, route, idempotency_key, status, body "
                        + "FROM idempotency_keys WHERE status IS NOT NULL");
                PreparedStatement update = connection.prepareStatement("UPDATE idempotency_keys SET outcome = ?, "
                        + "created = ?, refusal_code = ?, refusal_details = ? WHERE " + KEY);
                PreparedStatement remove = connection.prepareStatement("DELETE FROM idempotency_keys WHERE " + KEY)) {
            int batched = 0;
            while (rows.next()) {
                Optional<KeptOutcomeColumns> outcome = converted(rows.getString("route"), rows.getString("account_group_id"),
                        rows.getInt("status"), rows.getString("body"));
                if (outcome.isPresent()) {
                    bind(update, 1, outcome.get().outcome(), outcome.get().created(), outcome.get().refusalCode(),
                            outcome.get().refusalDetails());
                    bindKey(update, 5, rows);
                    update.addBatch();
                } else {
                    bindKey(remove, 1, rows);
                    remove.addBatch();
                    unconvertible++;
                }
                if (++batched % BATCH == 0) {
                    update.executeBatch();
                    remove.executeBatch();
                }
            }
            update.executeBatch();
            remove.executeBatch();
        }
        return unconvertible;
    }

    private static void bindKey(PreparedStatement statement, int first, ResultSet row) throws SQLException {
        bind(statement, first, row.getString("api_key_id"), row.getString("account_group_id"), row.getString("route"),
                row.getString("idempotency_key"));
    }

    private static void bind(PreparedStatement statement, int first, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setString(first + i, values[i]);
        }
    }

    /**
     * A version 4 outcome as a version 5 one; empty if its body is not what version 4 kept (a refusal
     * by no known rule, a created thing that no longer passes the domain's checks) or does not fit
     * the new columns: such a row could only fail the upgrade.
     */
    static Optional<KeptOutcomeColumns> converted(String route, String accountGroupId, int status, String body) {
        try {
            return Optional.of(converted(route, accountGroupId, status, JSON.readTree(body))).filter(KeptOutcomesMigration::fits);
        } catch (JsonProcessingException | RuntimeException unconvertible) {
            return Optional.empty();
        }
    }

    private static boolean fits(KeptOutcomeColumns outcome) {
        return KeptOutcomeColumns.CREATED.equals(outcome.outcome())
                ? outcome.created().length() <= 200_000
                : RuleRefusal.codes().contains(outcome.refusalCode()) && outcome.refusalDetails().length() <= 4000;
    }

    /**
     * A version 4 outcome: a 422's body was the error ({@code code}, {@code details}), a 201's the
     * created thing as the API showed it, which becomes the JSON that version 5 keeps of the
     * domain's record. Written out here rather than through the domain's classes, so that this
     * migration stays what it was when later versions change them (the domain's checks run when an
     * outcome is read back).
     */
    static KeptOutcomeColumns converted(String route, String accountGroupId, int status, JsonNode body) {
        if (status != 201) {
            return new KeptOutcomeColumns(KeptOutcomeColumns.REFUSED, null, body.path("code").asText(),
                    body.path("details").asText(""));
        }
        ObjectNode created = JSON.createObjectNode();
        created.set("id", wrapped(text(body, "id")));
        created.set("accountGroupId", wrapped(accountGroupId));
        created.set("name", wrapped(text(body, "name")));
        switch (route) {
            case "audiences" -> {
                created.set("description", body.path("description").isTextual() ? wrapped(body.get("description").asText()) : null);
                created.put("type", text(body, "type").toUpperCase(Locale.ROOT));
                created.put("folderId", body.path("folderId").isTextual() ? body.get("folderId").asText() : null);
                created.put("prospectCount", body.path("prospectCount").asLong());
                created.put("createdAt", text(body, "createdAt"));
            }
            case "folders" -> {
                created.put("audienceType", text(body, "audienceType").toUpperCase(Locale.ROOT));
                created.put("pinned", body.path("isPinned").asBoolean());
                created.put("position", body.path("position").asLong());
                created.put("createdAt", text(body, "createdAt"));
                created.put("updatedAt", text(body, "updatedAt"));
            }
            default -> throw new IllegalStateException("no creation route is named " + route);
        }
        return new KeptOutcomeColumns(KeptOutcomeColumns.CREATED, created.toString(), null, null);
    }

    /** A value record's JSON: {@code {"value": …}}. */
    private static ObjectNode wrapped(String value) {
        return JSON.createObjectNode().put("value", value);
    }

    private static String text(JsonNode body, String field) {
        if (!body.path(field).isTextual()) {
            throw new IllegalArgumentException("a version 4 body without " + field);
        }
        return body.get(field).asText();
    }
}

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The plain way, for docs/benchmark/compare.sh: a Dropwizard application doing each benchmarked
 * path's work with plain JDBC on the service's own tables (a database the service migrated and
 * seeded), and nothing else: no rate limit, no trace ids, no idempotency, no order of checks
 * beyond the obvious. A key is its SHA-256 looked up with its permission and account group in one
 * indexed query; a create locks the group's row, inserts the audience under the unique folded-name
 * index and bumps the group's count, in one transaction. Its H2 settings are the service's.
 * Run with the packaged jar on the class path: java -cp audiences.jar PlainApp.java server config.yml
 */
public class PlainApp extends Application<PlainApp.Settings> {

    public static void main(String[] args) throws Exception {
        new PlainApp().run(args);
    }

    /** The service's configuration file: the database and the server are read, the rest ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Settings extends Configuration {
        @JsonProperty
        public DataSourceFactory database = new DataSourceFactory();
    }

    @Override
    public void run(Settings settings, Environment environment) {
        if (settings.database.getUrl().startsWith("jdbc:h2:file:")) {
            settings.database.setUrl(settings.database.getUrl() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;PAGE_SIZE=4096");
        }
        ManagedDataSource pool = settings.database.build(environment.metrics(), "plain");
        environment.lifecycle().manage(pool);
        environment.jersey().register(new Routes(pool, environment.getObjectMapper()));
    }

    @Path("/v1/accounts")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Routes {

        private static final String ACCESS = "SELECT k.id FROM api_keys k "
                + "JOIN api_key_permissions p ON p.api_key_id = k.id AND p.permission = ? "
                + "JOIN api_key_account_groups g ON g.api_key_id = k.id AND g.account_group_id = ? "
                + "WHERE k.key_hash = ? AND k.revoked_at IS NULL";
        private static final String AUDIENCE_COLUMNS = "id, account_group_id, name, description, type, folder_id, "
                + "prospect_count, created_at";

        private final DataSource pool;
        private final ObjectMapper json;
        private final SecureRandom random = new SecureRandom();

        Routes(DataSource pool, ObjectMapper json) {
            this.pool = pool;
            this.json = json;
        }

        @GET
        public Response accounts(@HeaderParam("Authorization") String authorization) throws SQLException {
            try (Connection connection = pool.getConnection();
                    PreparedStatement select = connection.prepareStatement("SELECT a.id, a.name, a.plan, a.linkedin_connected "
                            + "FROM api_keys k JOIN api_key_account_groups g ON g.api_key_id = k.id "
                            + "JOIN account_groups a ON a.id = g.account_group_id "
                            + "WHERE k.key_hash = ? AND k.revoked_at IS NULL ORDER BY a.id")) {
                select.setString(1, hash(authorization));
                List<Map<String, Object>> groups = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> group = new LinkedHashMap<>();
                        group.put("id", rs.getString(1));
                        group.put("name", rs.getString(2));
                        group.put("plan", rs.getString(3));
                        group.put("linkedinConnected", rs.getBoolean(4));
                        groups.add(group);
                    }
                }
                return groups.isEmpty() ? error(401, "UNAUTHORIZED", "no valid API key") : Response.ok(Map.of("data", groups)).build();
            }
        }

        @GET
        @Path("/{group}/audiences")
        public Response list(@HeaderParam("Authorization") String authorization, @PathParam("group") String group,
                @QueryParam("limit") Integer limit) throws SQLException {
            try (Connection connection = pool.getConnection()) {
                if (!allowed(connection, authorization, "audiences:read", group)) {
                    return error(403, "FORBIDDEN", "the key may not read this account group");
                }
                int size = limit == null ? 20 : Math.max(1, Math.min(100, limit));
                try (PreparedStatement select = connection.prepareStatement("SELECT " + AUDIENCE_COLUMNS
                        + " FROM audiences WHERE account_group_id = ? ORDER BY account_group_id DESC, created_at DESC, id DESC LIMIT ?")) {
                    select.setString(1, group);
                    select.setInt(2, size + 1);
                    List<Map<String, Object>> page = new ArrayList<>();
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next() && page.size() < size) {
                            page.add(audience(rs));
                        }
                    }
                    return Response.ok(Map.of("data", page)).build();
                }
            }
        }

        @POST
        @Path("/{group}/audiences")
        public Response create(@HeaderParam("Authorization") String authorization, @PathParam("group") String group, String body)
                throws Exception {
            try (Connection connection = pool.getConnection()) {
                if (!allowed(connection, authorization, "audiences:write", group)) {
                    return error(403, "FORBIDDEN", "the key may not write to this account group");
                }
                JsonNode input = json.readTree(body);
                String name = input.path("name").asText("").strip();
                String type = input.path("type").asText("");
                if (name.isEmpty() || name.length() > 400 || !(type.equals("on_demand") || type.equals("monitoring"))) {
                    return error(400, "INVALID_INPUT", "name: is required; type: must be on_demand or monitoring");
                }
                String id = HexFormat.of().formatHex(bytes(12));
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
                connection.setAutoCommit(false);
                try {
                    try (PreparedStatement lock = connection.prepareStatement(
                            "SELECT audience_count FROM account_groups WHERE id = ? FOR UPDATE")) {
                        lock.setString(1, group);
                        try (ResultSet rs = lock.executeQuery()) {
                            rs.next();
                        }
                    }
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audiences (" + AUDIENCE_COLUMNS
                            + ", name_key) VALUES (?, ?, ?, NULL, ?, NULL, 0, ?, ?)")) {
                        insert.setString(1, id);
                        insert.setString(2, group);
                        insert.setString(3, name);
                        insert.setString(4, type);
                        insert.setObject(5, now);
                        insert.setString(6, sha256(name.toLowerCase(Locale.ROOT)));
                        insert.executeUpdate();
                    } catch (SQLException duplicate) {
                        connection.rollback();
                        return error(422, "AUDIENCE_NAME_TAKEN", "an audience has this name");
                    }
                    try (PreparedStatement count = connection.prepareStatement(
                            "UPDATE account_groups SET audience_count = audience_count + 1 WHERE id = ?")) {
                        count.setString(1, group);
                        count.executeUpdate();
                    }
                    connection.commit();
                } finally {
                    connection.setAutoCommit(true);
                }
                Map<String, Object> created = new LinkedHashMap<>();
                created.put("id", id);
                created.put("accountGroupId", group);
                created.put("name", name);
                created.put("description", null);
                created.put("type", type);
                created.put("folderId", null);
                created.put("prospectCount", 0);
                created.put("createdAt", now.toString());
                return Response.created(URI.create("/v1/accounts/" + group + "/audiences/" + id)).entity(Map.of("data", created)).build();
            }
        }

        private boolean allowed(Connection connection, String authorization, String permission, String group) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement(ACCESS)) {
                select.setString(1, permission);
                select.setString(2, group);
                select.setString(3, hash(authorization));
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next();
                }
            }
        }

        private static String hash(String authorization) {
            return sha256(authorization == null || !authorization.startsWith("Bearer ") ? "" : authorization.substring(7));
        }

        private static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private byte[] bytes(int count) {
            byte[] bytes = new byte[count];
            random.nextBytes(bytes);
            return bytes;
        }

        private static Map<String, Object> audience(ResultSet rs) throws SQLException {
            Map<String, Object> audience = new LinkedHashMap<>();
            audience.put("id", rs.getString("id"));
            audience.put("accountGroupId", rs.getString("account_group_id"));
            audience.put("name", rs.getString("name"));
            audience.put("description", rs.getString("description"));
            audience.put("type", rs.getString("type"));
            audience.put("folderId", rs.getString("folder_id"));
            audience.put("prospectCount", rs.getLong("prospect_count"));
            audience.put("createdAt", rs.getObject("created_at", OffsetDateTime.class).toString());
            return audience;
        }

        private static Response error(int status, String code, String details) {
            return Response.status(status).entity(Map.of("error", Map.of("code", code, "details", details))).build();
        }
    }
}

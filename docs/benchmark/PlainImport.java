import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The plain way, for the import benchmark: the CSV's rows inserted into the same {@code prospects}
 * table of a database the service migrated, with plain JDBC batches of 100 rows, each batch one
 * transaction that also bumps the audience's count (the service's step does the same and more).
 * Prints the rows per second. Run with the packaged jar on the class path:
 * java -cp audiences.jar PlainImport.java JDBC_URL USER PASSWORD FILE.csv
 */
public class PlainImport {

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[3]));
        SecureRandom random = new SecureRandom();
        HexFormat hex = HexFormat.of();
        String group = hex.formatHex(random.generateSeed(12));
        String audience = hex.formatHex(random.generateSeed(12));
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement insertGroup = connection.prepareStatement("INSERT INTO account_groups (id, name, plan, "
                    + "linkedin_connected, created_at) VALUES (?, 'Plain', 'enterprise', TRUE, ?)");
                    PreparedStatement insertAudience = connection.prepareStatement("INSERT INTO audiences (id, account_group_id, "
                            + "name, name_key, type, prospect_count, created_at) VALUES (?, ?, 'Plain', 'plain', 'on_demand', 0, ?)")) {
                insertGroup.setString(1, group);
                insertGroup.setObject(2, now);
                insertGroup.executeUpdate();
                insertAudience.setString(1, audience);
                insertAudience.setString(2, group);
                insertAudience.setObject(3, now);
                insertAudience.executeUpdate();
            }
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO prospects (id, audience_id, prospect_key, "
                    + "email, first_name, last_name, company_name, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement count = connection.prepareStatement(
                            "UPDATE audiences SET prospect_count = prospect_count + ? WHERE id = ?")) {
                int inBatch = 0;
                for (String line : lines.subList(1, lines.size())) {
                    String[] values = line.split(",", -1);
                    insert.setString(1, hex.formatHex(random.generateSeed(12)));
                    insert.setString(2, audience);
                    insert.setString(3, "email:" + values[0].toLowerCase(Locale.ROOT));
                    insert.setString(4, values[0]);
                    insert.setString(5, values[1]);
                    insert.setString(6, values[2]);
                    insert.setString(7, values[3]);
                    insert.setObject(8, now);
                    insert.addBatch();
                    if (++inBatch == 100) {
                        commit(connection, insert, count, audience, inBatch);
                        inBatch = 0;
                    }
                }
                if (inBatch > 0) {
                    commit(connection, insert, count, audience, inBatch);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%d %.3f%n", lines.size() - 1, seconds);
        }
    }

    private static void commit(Connection connection, PreparedStatement insert, PreparedStatement count, String audience, int rows)
            throws Exception {
        insert.executeBatch();
        count.setInt(1, rows);
        count.setString(2, audience);
        count.executeUpdate();
        connection.commit();
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The prospect routes beside the plain way (docs/performance.md, "Prospects"). Two modes:
 *
 * <pre>
 * java ProspectsBenchmark.java http BASE_URL KEY GROUP THREADS SECONDS   # the service over HTTP
 * java -cp audiences.jar ProspectsBenchmark.java jdbc JDBC_URL USER PASSWORD THREADS SECONDS   # plain JDBC
 * </pre>
 *
 * Each of THREADS clients fills an audience of its own with batches of 100 new prospects for
 * SECONDS, then reads pages of 20 of it (newest first) for SECONDS. Prints, per path, operations per
 * second, p50 and p99 in milliseconds, and rows per second for the batches.
 */
public class ProspectsBenchmark {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[args.length - 2]);
        int seconds = Integer.parseInt(args[args.length - 1]);
        Target target = args[0].equals("http") ? new Http(args[1], args[2], args[3]) : new Jdbc(args[1], args[2], args[3]);
        List<String> audiences = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            audiences.add(target.audience("Benchmark " + HEX.formatHex(RANDOM.generateSeed(6))));
        }
        report("batch of 100 new prospects", run(threads, seconds, (thread, n) ->
                target.batch(audiences.get(thread), thread, n)), 100);
        report("page of 20, newest first", run(threads, seconds, (thread, n) -> target.page(audiences.get(thread))), 0);
    }

    interface Operation {
        void run(int thread, long n) throws Exception;
    }

    private static List<Long> run(int threads, int seconds, Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> results = new ArrayList<>();
        AtomicLong counter = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long started = System.nanoTime();
                    operation.run(thread, counter.incrementAndGet());
                    latencies.add(System.nanoTime() - started);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();
        Collections.sort(all);
        all.add(0, (long) seconds);
        return all;
    }

    private static void report(String path, List<Long> measured, int rowsPerOperation) {
        long seconds = measured.remove(0);
        double perSecond = measured.size() / (double) seconds;
        System.out.printf(Locale.ROOT, "%s|%.0f|%.2f|%.2f|%.0f%n", path, perSecond,
                measured.get(measured.size() / 2) / 1e6, measured.get((int) (measured.size() * 0.99)) / 1e6,
                perSecond * rowsPerOperation);
    }

    interface Target {
        String audience(String name) throws Exception;

        void batch(String audience, int thread, long n) throws Exception;

        void page(String audience) throws Exception;
    }

    /** The service: the routes as a client calls them. */
    static final class Http implements Target {
        private final HttpClient client = HttpClient.newHttpClient();
        private final String base;
        private final String key;

        Http(String url, String key, String group) {
            this.base = url + "/v1/accounts/" + group + "/audiences";
            this.key = key;
        }

        private String send(HttpRequest.Builder request, int expected) throws Exception {
            HttpResponse<String> response = client.send(request.header("Authorization", "Bearer " + key).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body();
        }

        @Override
        public String audience(String name) throws Exception {
            String body = send(HttpRequest.newBuilder(URI.create(base)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"type\":\"on_demand\"}")), 201);
            int at = body.indexOf("\"id\":\"") + 6;
            return body.substring(at, at + 24);
        }

        @Override
        public void batch(String audience, int thread, long n) throws Exception {
            StringBuilder items = new StringBuilder("{\"prospects\":[");
            for (int i = 0; i < 100; i++) {
                items.append(i == 0 ? "" : ",").append("{\"email\":\"b").append(n).append('-').append(i)
                        .append("@acme.io\",\"firstName\":\"First\",\"lastName\":\"Last\",\"company\":{\"name\":\"Acme\"}}");
            }
            send(HttpRequest.newBuilder(URI.create(base + "/" + audience + "/prospects")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(items.append("]}").toString())), 200);
        }

        @Override
        public void page(String audience) throws Exception {
            send(HttpRequest.newBuilder(URI.create(base + "/" + audience + "/prospects?limit=20")).GET(), 200);
        }
    }

    /** The plain way: the same rows into the same tables, one transaction per batch, and the list's query. */
    static final class Jdbc implements Target {
        private final String url;
        private final String user;
        private final String password;
        private final ThreadLocal<Connection> connections = new ThreadLocal<>();

        Jdbc(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        private Connection connection() throws Exception {
            Connection connection = connections.get();
            if (connection == null) {
                connection = DriverManager.getConnection(url, user, password);
                connections.set(connection);
            }
            return connection;
        }

        @Override
        public String audience(String name) throws Exception {
            String group = HEX.formatHex(RANDOM.generateSeed(12));
            String audience = HEX.formatHex(RANDOM.generateSeed(12));
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement g = connection().prepareStatement("INSERT INTO account_groups (id, name, plan, linkedin_connected, "
                    + "created_at) VALUES (?, 'Plain', 'enterprise', TRUE, ?)");
                    PreparedStatement a = connection().prepareStatement("INSERT INTO audiences (id, account_group_id, name, "
                            + "name_key, type, prospect_count, created_at) VALUES (?, ?, 'Plain', 'plain', 'on_demand', 0, ?)")) {
                g.setString(1, group);
                g.setObject(2, now);
                g.executeUpdate();
                a.setString(1, audience);
                a.setString(2, group);
                a.setObject(3, now);
                a.executeUpdate();
            }
            return audience;
        }

        @Override
        public void batch(String audience, int thread, long n) throws Exception {
            Connection connection = connection();
            connection.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO prospects (id, audience_id, prospect_key, email, "
                    + "first_name, last_name, company_name, added_at) VALUES (?, ?, ?, ?, 'First', 'Last', 'Acme', ?)");
                    PreparedStatement count = connection.prepareStatement(
                            "UPDATE audiences SET prospect_count = prospect_count + 100 WHERE id = ?")) {
                for (int i = 0; i < 100; i++) {
                    String email = "b" + n + "-" + i + "@acme.io";
                    insert.setString(1, HEX.formatHex(RANDOM.generateSeed(12)));
                    insert.setString(2, audience);
                    insert.setString(3, "email:" + email);
                    insert.setString(4, email);
                    insert.setObject(5, now);
                    insert.addBatch();
                }
                insert.executeBatch();
                count.setString(1, audience);
                count.executeUpdate();
                connection.commit();
            }
        }

        @Override
        public void page(String audience) throws Exception {
            try (PreparedStatement page = connection().prepareStatement("SELECT id, audience_id, prospect_key, linkedin_url, email, "
                    + "first_name, last_name, headline, company_name, company_domain, added_at FROM prospects "
                    + "WHERE audience_id = ? ORDER BY audience_id DESC, added_at DESC, id DESC LIMIT 21")) {
                page.setString(1, audience);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                }
            }
        }
    }
}

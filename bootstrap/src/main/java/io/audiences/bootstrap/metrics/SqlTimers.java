package io.audiences.bootstrap.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.jdbi3.strategies.StatementNameStrategy;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of every SQL statement the service runs, as one Prometheus summary labelled by what the
 * statement does and the table it names first: {@code audiences_sql_seconds{statement="insert",
 * table="audiences"}}, with its quantiles, {@code _count} and {@code _sum}. Dropwizard's
 * {@code JdbiFactory} times each statement under the name {@link #NAMES} gives it (a few dozen at
 * most: one per kind of statement and table, never the statement's text or values).
 */
public final class SqlTimers implements MultiCollector {

    private static final Pattern TIMER = Pattern.compile("audiences\\.sql\\.([a-z0-9_]+)\\.([a-z0-9_]+)");

    /** Names already given, by statement: the statements are the code's constants, a few dozen. */
    private static final Map<String, String> NAMED = new ConcurrentHashMap<>();
    private static final int MOST_NAMED = 1_000;

    /** {@code audiences.sql.<first word>.<table after FROM, INTO or a leading UPDATE, or none>}. */
    public static final StatementNameStrategy NAMES = context -> nameOf(context.getRawSql());

    private final MetricRegistry dropwizard;

    SqlTimers(MetricRegistry dropwizard) {
        this.dropwizard = dropwizard;
    }

    /** The timer's name for {@code sql}, as {@link #NAMES} gives it: for statements run outside Jdbi. */
    public static String nameOf(String sql) {
        String named = NAMED.get(sql);
        if (named == null) {
            named = name(sql);
            if (NAMED.size() < MOST_NAMED) {
                NAMED.put(sql, named);
            }
        }
        return named;
    }

    static boolean covers(String dropwizardName) {
        return TIMER.matcher(dropwizardName).matches();
    }

    static String name(String sql) {
        String[] words = sql.trim().toLowerCase(Locale.ROOT).split("[\\s(),;]+");
        String table = "none";
        for (int i = 0; i < words.length - 1; i++) {
            if ((i == 0 && words[i].equals("update")) || words[i].equals("from") || words[i].equals("into")) {
                table = words[i + 1];
                break;
            }
        }
        return "audiences.sql." + word(words[0]) + "." + word(table);
    }

    private static String word(String word) {
        String kept = word.replaceAll("[^a-z0-9_]", "");
        return kept.isEmpty() ? "other" : kept;
    }

    @Override
    public MetricSnapshots collect() {
        SummarySnapshot.Builder family = SummarySnapshot.builder().name("audiences_sql_seconds")
                .help("SQL statements, by what they do and the table they name first").unit(Unit.SECONDS);
        dropwizard.getTimers((name, metric) -> covers(name)).forEach((name, timer) -> {
            Matcher parts = TIMER.matcher(name);
            if (parts.matches()) {
                family.dataPoint(ResourceTimers.point(Labels.of("statement", parts.group(1), "table", parts.group(2)), timer));
            }
        });
        return MetricSnapshots.of(family.build());
    }
}

package io.audiences.bootstrap;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.util.Duration;
import java.util.Locale;
import java.util.Map;

/** Opens the configured database. */
final class Databases {

    /**
     * What an embedded H2 file gets unless its URL says otherwise. {@code AUTO_SERVER}: H2's mixed
     * mode, so that the operator commands can use the file while the service runs.
     * {@code WRITE_DELAY=0}: a commit reaches the file before it returns (H2 otherwise writes up to
     * 500 ms later, and a {@code kill -9} loses audiences that were already answered 201).
     */
    private static final Map<String, String> H2_FILE_SETTINGS = Map.of("AUTO_SERVER", "TRUE", "WRITE_DELAY", "0");

    private Databases() {
    }

    /**
     * A pool on the configured database. Every borrowed connection is checked first: after a
     * database restart, a pooled connection it broke is replaced instead of failing the next request.
     */
    static ManagedDataSource open(DataSourceFactory settings, MetricRegistry metrics) {
        settings.setUrl(withH2FileSettings(settings.getUrl()));
        settings.setCheckConnectionOnBorrow(true);
        settings.setValidationInterval(Duration.milliseconds(0));
        return settings.build(metrics, "database");
    }

    /** {@code url} with {@link #H2_FILE_SETTINGS} added where it is an H2 file that does not set them itself. */
    static String withH2FileSettings(String url) {
        if (!isH2File(url)) {
            return url;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        StringBuilder withSettings = new StringBuilder(url);
        H2_FILE_SETTINGS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(setting -> !lower.contains(";" + setting.getKey().toLowerCase(Locale.ROOT) + "="))
                .forEach(setting -> withSettings.append(';').append(setting.getKey()).append('=').append(setting.getValue()));
        return withSettings.toString();
    }

    private static boolean isH2File(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.startsWith("jdbc:h2:tcp:")
                && !lower.startsWith("jdbc:h2:ssl:");
    }
}

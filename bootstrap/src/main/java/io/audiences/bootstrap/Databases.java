package io.audiences.bootstrap;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.util.Duration;
import java.util.Locale;

/** Opens the configured database. */
final class Databases {

    private Databases() {
    }

    /**
     * A pool on the configured database. An embedded H2 file is opened in H2's mixed mode
     * ({@code AUTO_SERVER}), so that the operator commands can use it while the service runs.
     * Every borrowed connection is checked first: after a database restart, a pooled connection it
     * broke is replaced instead of failing the next request.
     */
    static ManagedDataSource open(DataSourceFactory settings, MetricRegistry metrics) {
        settings.setUrl(withSharedH2File(settings.getUrl()));
        settings.setCheckConnectionOnBorrow(true);
        settings.setValidationInterval(Duration.milliseconds(0));
        return settings.build(metrics, "database");
    }

    static String withSharedH2File(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        boolean h2File = lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.startsWith("jdbc:h2:tcp:")
                && !lower.startsWith("jdbc:h2:ssl:");
        if (!h2File || lower.contains(";auto_server=")) {
            return url;
        }
        return url + ";AUTO_SERVER=TRUE";
    }
}

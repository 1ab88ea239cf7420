package io.audiences.bootstrap;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.util.Duration;

/** Opens the configured database. */
final class Databases {

    private Databases() {
    }

    /**
     * A pool on the configured database (an embedded H2 file prepared by {@link EmbeddedH2}).
     * Every borrowed connection is checked first: after a database restart, a pooled connection it
     * broke is replaced instead of failing the next request.
     */
    static ManagedDataSource open(DataSourceFactory settings, MetricRegistry metrics) {
        settings.setUrl(EmbeddedH2.prepare(settings.getUrl()));
        settings.setCheckConnectionOnBorrow(true);
        settings.setValidationInterval(Duration.milliseconds(0));
        return settings.build(metrics, "database");
    }
}

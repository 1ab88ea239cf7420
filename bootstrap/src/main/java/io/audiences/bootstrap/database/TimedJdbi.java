package io.audiences.bootstrap.database;

import io.audiences.adapters.persistence.StatementTimes;
import io.audiences.bootstrap.metrics.SqlTimers;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;

/**
 * The service's {@link Jdbi}: Dropwizard's {@link JdbiFactory}, which manages the data source and
 * times every statement ({@link SqlTimers}), without the three things it adds that the service does
 * not want: the SqlObject and Guava plugins (nothing here uses them), its comment-prepending template
 * engine (see {@link #configure}), and its health check, which
 * runs a validation query for every probe and waits for it; the bundle's {@code audiences-storage}
 * check answers from a background probe instead, however many probes arrive (ADR 0012).
 */
public final class TimedJdbi extends JdbiFactory {

    private static final String NAME = "database";

    private TimedJdbi() {
        super(SqlTimers.NAMES);
    }

    /** The Jdbi over {@code dataSource}, which from here on starts and stops with the service. */
    public static Jdbi over(Environment environment, DatabaseSettings settings, ManagedDataSource dataSource) {
        Jdbi jdbi = new TimedJdbi().build(environment, settings, dataSource, NAME);
        environment.healthChecks().unregister(NAME);
        return jdbi;
    }

    /**
     * The times of the statements the database adapter runs outside Jdbi, in the timers Jdbi's
     * statements of the same kind and table update: one {@code audiences_sql_seconds} series for both.
     */
    public static StatementTimes statementTimes(Environment environment) {
        return (sql, nanos) -> environment.metrics().timer(SqlTimers.nameOf(sql)).update(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Neither SqlObject nor Guava types: the repositories use the fluent API on JDK types. And Jdbi's
     * own template engine back: the factory's comment-prepending one (for SqlObject methods) cannot
     * cache parsed statements, so every statement would be parsed again each time it runs.
     */
    @Override
    protected void configure(Jdbi jdbi) {
        jdbi.setTemplateEngine(new DefinedAttributeTemplateEngine());
    }
}

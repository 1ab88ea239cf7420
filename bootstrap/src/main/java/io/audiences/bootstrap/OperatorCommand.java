package io.audiences.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.audiences.adapters.persistence.AudiencesDatabase;
import io.dropwizard.db.ManagedDataSource;
import java.io.PrintStream;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import org.slf4j.LoggerFactory;

/**
 * An operator command of the runnable jar: it works on the configured database (also while the
 * service runs on it), prints exactly one line of JSON on standard output when it succeeds, and one
 * line of JSON on standard error with an exit code by kind when it fails ({@link CommandError}).
 * Logs go to standard error.
 */
abstract class OperatorCommand extends ConfiguredCommand<AudiencesConfiguration> {

    protected OperatorCommand(String name, String description) {
        super(name, description);
    }

    /** Does the work on the configured database and returns what to print as JSON. */
    protected abstract Object execute(Namespace namespace, DataSource dataSource, AudiencesConfiguration configuration);

    /** The application's services on the database, its schema brought up to date first. */
    protected static Services services(DataSource dataSource, AudiencesConfiguration configuration) {
        return Services.on(AudiencesDatabase.on(dataSource), configuration.getPlans().toCatalog());
    }

    @Override
    protected void run(Bootstrap<AudiencesConfiguration> bootstrap, Namespace namespace, AudiencesConfiguration configuration)
            throws Exception {
        logToStandardError();
        ManagedDataSource dataSource = configuration.getDataSourceFactory().build(bootstrap.getMetricRegistry(), "database");
        try {
            Object result = execute(namespace, dataSource, configuration);
            ObjectMapper json = bootstrap.getObjectMapper();
            PrintStream stdout = ((AudiencesApplication) bootstrap.getApplication()).stdout();
            stdout.println(json.writeValueAsString(result));
            stdout.flush();
        } finally {
            dataSource.stop();
        }
    }

    /** One line of JSON on standard error; the exit code follows ({@link AudiencesApplication#execute}). */
    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        cli.getStdErr().println(CommandError.of(e).json());
    }

    /** Standard output is for the one JSON line; warnings go to standard error. */
    private static void logToStandardError() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %logger: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        // A database it cannot reach is the command's one JSON line, not also the pool's stack trace.
        context.getLogger("org.apache.tomcat.jdbc.pool").setLevel(Level.OFF);
    }
}

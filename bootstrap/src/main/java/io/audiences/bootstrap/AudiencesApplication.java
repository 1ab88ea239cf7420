package io.audiences.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import io.audiences.adapters.rest.AudiencesBundle;
import io.audiences.bootstrap.database.DatabaseHousekeeping;
import io.audiences.bootstrap.database.ImportWorkers;
import io.audiences.bootstrap.database.KeyRateLimit;
import io.audiences.bootstrap.database.EmbeddedH2;
import io.audiences.bootstrap.logging.CredentialRedaction;
import io.audiences.bootstrap.metrics.PrometheusEndpoint;
import io.audiences.bootstrap.metrics.ServiceMetricRegistry;
import io.audiences.bootstrap.server.AdminPort;
import io.audiences.domain.apikey.ApiKey;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.audiences.adapters.persistence.AudiencesDatabase;
import io.audiences.bootstrap.database.TimedJdbi;
import org.jdbi.v3.core.Jdbi;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.sourceforge.argparse4j.inf.ArgumentParserException;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runnable service: the audiences bundle over the JDBI database, plus the operator commands.
 * Everything is wired here by hand.
 */
public class AudiencesApplication extends Application<AudiencesConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(AudiencesApplication.class);

    private PrintStream stdout = System.out;

    private static final String MAX_CACHED_NIO_BUFFER = "jdk.nio.maxCachedBufferSize";
    /** Above the 128 KiB that socket I/O asks for at most, which keeps its cache. */
    private static final String MAX_CACHED_NIO_BUFFER_BYTES = Integer.toString(256 * 1024);

    public static void main(String[] args) throws Exception {
        boundCachedNioBuffersByDefault();
        new AudiencesApplication().run(args);
    }

    /**
     * Bounds the temporary direct buffer the JDK keeps per thread for NIO writes of heap buffers,
     * unless {@code -Djdk.nio.maxCachedBufferSize} is given. Unbounded by default: a thread that
     * once wrote a 10 MiB heap buffer (most likely H2 writing the commit of an import's upload) kept
     * 10 MiB of native memory as long as it lived (docs/performance.md, "Imports: the native memory
     * they left behind"); larger buffers are now freed after their write. The JDK reads the
     * property once, when NIO is first used: an agent doing I/O before {@code main} needs it on
     * the command line.
     */
    static void boundCachedNioBuffersByDefault() {
        if (System.getProperty(MAX_CACHED_NIO_BUFFER) == null) {
            System.setProperty(MAX_CACHED_NIO_BUFFER, MAX_CACHED_NIO_BUFFER_BYTES);
        }
    }

    @Override
    public String getName() {
        return "audiences";
    }

    @Override
    public void initialize(Bootstrap<AudiencesConfiguration> bootstrap) {
        // Before any command opens the database: H2 reads its bind address once, when it loads.
        EmbeddedH2.bindToLoopbackByDefault();
        bootstrap.setConfigurationSourceProvider(new EnvironmentVariables(bootstrap.getConfigurationSourceProvider()));
        bootstrap.addCommand(new MigrateCli());
        bootstrap.addCommand(new CreateAccountGroupCli());
        bootstrap.addCommand(new UpdateAccountGroupCli());
        bootstrap.addCommand(new CreateApiKeyCli());
        bootstrap.addCommand(new RevokeApiKeyCli());
        bootstrap.addCommand(new ListAccountGroupsCli());
        bootstrap.addCommand(new ListApiKeysCli());
    }

    /**
     * As Dropwizard's, except for failures: a command line the parser refuses is one line of JSON on
     * standard error (not the parser's text), and every failure exits with its kind's code
     * ({@link CommandError}). Why not Dropwizard's own: ADR 0012.
     */
    @Override
    public void run(String... arguments) throws Exception {
        int exitCode = execute(System.out, System.err, arguments);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * Runs one command line in this process, its output on {@code stdout} and {@code stderr}, and
     * returns its exit code: 0, or its failure's kind's ({@link CommandError}). The server command
     * returns once the server has started.
     */
    int execute(PrintStream stdout, PrintStream stderr, String... arguments) throws Exception {
        this.stdout = stdout;
        Bootstrap<AudiencesConfiguration> bootstrap = new Bootstrap<>(this);
        bootstrap.setMetricRegistry(new ServiceMetricRegistry());
        addDefaultCommands(bootstrap);
        initialize(bootstrap);
        bootstrap.registerMetrics();
        ByteArrayOutputStream cliErrors = new ByteArrayOutputStream();
        Cli cli = new Cli(new AudiencesJar(), bootstrap, stdout, new PrintStream(cliErrors, true, StandardCharsets.UTF_8));
        Optional<Throwable> failure = cli.run(LinkedinConnectedSpellings.normalise(arguments));
        if (failure.orElse(null) instanceof ArgumentParserException usage) {
            stderr.println(CommandError.of(usage).json());
        } else {
            stderr.write(cliErrors.toByteArray());
        }
        stdout.flush();
        stderr.flush();
        return failure.map(t -> CommandError.of(t).exitCode()).orElse(0);
    }

    /** Where the operator commands print their one line of JSON. */
    PrintStream stdout() {
        return stdout;
    }

    @Override
    protected void addDefaultCommands(Bootstrap<AudiencesConfiguration> bootstrap) {
        bootstrap.addCommand(new AudiencesServerCommand(this));
        bootstrap.addCommand(new CheckCommand<>(this) {
            /**
             * Dropwizard's logging writes from a thread of its own and gives it a moment at the end,
             * not a guarantee: "Configuration is OK" was sometimes lost. Stopping the context writes
             * what is queued.
             */
            @Override
            protected void cleanup() {
                super.cleanup();
                ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
            }
        });
    }

    /** The whole service, in order: database, use cases, the API on the application port, the admin port. */
    @Override
    public void run(AudiencesConfiguration configuration, Environment environment) throws Exception {
        CredentialRedaction.install();
        TraceIdLogFormats.requestLogAsJsonWhereTheLogIs(configuration.getLoggingFactory(), configuration.getServerFactory());
        ManagedDataSource dataSource = configuration.getDataSourceFactory().build(environment.metrics(), "database");
        Jdbi jdbi = TimedJdbi.over(environment, configuration.getDataSourceFactory(), dataSource);
        Services services = Services.on(AudiencesDatabase.on(dataSource, jdbi, TimedJdbi.statementTimes(environment)), configuration.getPlans().toCatalog());

        AudiencesBundle.<AudiencesConfiguration>asTheWholeApplication((config, env) -> services.useCases())
                .limitingEachKeyWith((config, env) -> KeyRateLimit.of(config.getRateLimit(), config.getFailedAuthenticationLimit(),
                        services.database(), config.getDataSourceFactory(), env))
                .run(configuration, environment);

        DatabaseHousekeeping.start(environment.lifecycle(), services.database());
        environment.lifecycle().manage(new ImportWorkers(services.database().importQueue()));
        if (configuration.getServerFactory() instanceof DefaultServerFactory server) {
            AdminPort.bindToLoopbackByDefault(server.getAdminConnectors());
        }
        AdminPort.keepOperatorEndpointsLocal(environment.admin());
        PrometheusEndpoint.serve(environment);
        String databaseUrl = configuration.getDataSourceFactory().getUrl();
        environment.lifecycle().addServerLifecycleListener(server -> LOG.info(StartLine.of(server, databaseUrl)));
        if (configuration.isDemo()) {
            DemoAccount demo = DemoAccount.ensure(services, environment.getObjectMapper());
            environment.lifecycle().addServerLifecycleListener(server -> System.out.println(demo.banner(localPort(server))));
        } else if (services.useCases().listApiKeys().all().stream().noneMatch(ApiKey::isActive)) {
            environment.lifecycle().addServerLifecycleListener(server -> LOG.warn(StartLine.NO_KEY_YET));
        }
    }

    private static int localPort(Server server) {
        return ((org.eclipse.jetty.server.ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /**
     * The jar by the name it is built and documented as, for the usage lines, wherever the classes
     * were loaded from (Dropwizard names the file they came from: a test run has another).
     */
    private static final class AudiencesJar extends JarLocation {

        AudiencesJar() {
            super(AudiencesApplication.class);
        }

        @Override
        public String toString() {
            return "audiences.jar";
        }
    }
}

package io.audiences.bootstrap;

import io.audiences.adapters.rest.AudiencesBundle;
import io.audiences.bootstrap.database.DatabaseHealthCheck;
import io.audiences.bootstrap.database.DatabaseHousekeeping;
import io.audiences.bootstrap.database.EmbeddedH2;
import io.audiences.bootstrap.logging.CredentialRedaction;
import io.audiences.bootstrap.metrics.PrometheusEndpoint;
import io.audiences.bootstrap.server.AdminPort;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
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

    static {
        EmbeddedH2.bindToLoopbackByDefault();
    }

    private static final Logger LOG = LoggerFactory.getLogger(AudiencesApplication.class);

    public static void main(String[] args) throws Exception {
        new AudiencesApplication().run(args);
    }

    @Override
    public String getName() {
        return "audiences";
    }

    @Override
    public void initialize(Bootstrap<AudiencesConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)));
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
     * ({@link CommandError}).
     */
    @Override
    public void run(String... arguments) throws Exception {
        Bootstrap<AudiencesConfiguration> bootstrap = new Bootstrap<>(this);
        addDefaultCommands(bootstrap);
        initialize(bootstrap);
        bootstrap.registerMetrics();
        ByteArrayOutputStream cliErrors = new ByteArrayOutputStream();
        Cli cli = new Cli(new JarLocation(getClass()), bootstrap, System.out, new PrintStream(cliErrors, true, StandardCharsets.UTF_8));
        Optional<Throwable> failure = cli.run(LinkedinConnectedSpellings.normalise(arguments));
        if (failure.orElse(null) instanceof ArgumentParserException usage) {
            System.err.println(CommandError.of(usage).json());
        } else {
            System.err.write(cliErrors.toByteArray());
            System.err.flush();
        }
        failure.ifPresent(this::onFatalError);
    }

    @Override
    protected void onFatalError(Throwable t) {
        System.exit(CommandError.of(t).exitCode());
    }

    @Override
    protected void addDefaultCommands(Bootstrap<AudiencesConfiguration> bootstrap) {
        bootstrap.addCommand(new AudiencesServerCommand(this));
        bootstrap.addCommand(new CheckCommand<>(this));
    }

    /** The whole service, in order: database, use cases, the API on the application port, the admin port. */
    @Override
    public void run(AudiencesConfiguration configuration, Environment environment) throws Exception {
        CredentialRedaction.install();
        TraceIdLogFormats.requestLogAsJsonWhereTheLogIs(configuration.getLoggingFactory(), configuration.getServerFactory());
        ManagedDataSource dataSource = configuration.getDataSourceFactory().build(environment.metrics(), "database");
        environment.lifecycle().manage(dataSource);
        Services services = Services.on(dataSource, configuration.getPlans().toCatalog());

        AudiencesBundle.<AudiencesConfiguration>asTheWholeApplication((config, env) -> services.audiences())
                .run(configuration, environment);

        environment.healthChecks().register("database", new DatabaseHealthCheck(services.database()::ping));
        DatabaseHousekeeping.start(environment.lifecycle(), services.database());
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
        }
    }

    private static int localPort(Server server) {
        return ((org.eclipse.jetty.server.ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

}

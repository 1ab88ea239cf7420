package io.audiences.bootstrap;

import io.audiences.adapters.rest.AudiencesBundle;
import io.audiences.adapters.rest.AudiencesUseCases;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.db.ManagedDataSource;
import org.eclipse.jetty.server.Server;

/**
 * The runnable service: the audiences bundle over the JDBI database, plus the operator commands.
 * Everything is wired here by hand.
 */
public class AudiencesApplication extends Application<AudiencesConfiguration> {

    static {
        EmbeddedH2.bindToLoopbackByDefault();
    }

    private Services services;

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
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addBundle(AudiencesBundle.asTheWholeApplication(this::wire));
        bootstrap.addCommand(new MigrateCommand());
        bootstrap.addCommand(new CreateAccountGroupCommand());
        bootstrap.addCommand(new UpdateAccountGroupCommand());
        bootstrap.addCommand(new CreateApiKeyCommand());
        bootstrap.addCommand(new RevokeApiKeyCommand());
    }

    @Override
    protected void addDefaultCommands(Bootstrap<AudiencesConfiguration> bootstrap) {
        bootstrap.addCommand(new AudiencesServerCommand(this));
        bootstrap.addCommand(new CheckCommand<>(this));
    }

    /** Called by the bundle when it needs the use cases: opens and migrates the database. */
    private AudiencesUseCases wire(AudiencesConfiguration configuration, Environment environment) {
        ManagedDataSource dataSource = configuration.getDataSourceFactory().build(environment.metrics(), "database");
        environment.lifecycle().manage(dataSource);
        services = Services.on(dataSource, configuration.getPlans().toCatalog());
        return services.useCases();
    }

    @Override
    public void run(AudiencesConfiguration configuration, Environment environment) {
        if (configuration.getServerFactory() instanceof DefaultServerFactory server) {
            AdminPort.bindToLoopbackByDefault(server.getAdminConnectors());
        }
        AdminPort.keepOperatorEndpointsLocal(environment.admin());
        environment.healthChecks().register("database", new DatabaseHealthCheck(services.database()));
        if (configuration.isDemo()) {
            DemoAccount demo = DemoAccount.ensure(services, environment.getObjectMapper());
            environment.lifecycle().addServerLifecycleListener(server -> System.out.println(demo.banner(localPort(server))));
        }
    }

    private static int localPort(Server server) {
        return ((org.eclipse.jetty.server.ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

}

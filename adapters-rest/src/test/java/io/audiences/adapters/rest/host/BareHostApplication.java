package io.audiences.adapters.rest.host;

import io.audiences.adapters.rest.AudiencesBundle;
import io.audiences.adapters.rest.AudiencesRestConfiguration;
import io.audiences.application.UseCases;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;

/** A host whose configuration declares none of the bundle's settings, run without a configuration file. */
public class BareHostApplication extends Application<BareHostApplication.BareConfiguration> {

    /** Nothing of the bundle's: every setting keeps its default. */
    public static class BareConfiguration extends Configuration implements AudiencesRestConfiguration {
    }

    private final UseCases useCases;

    public BareHostApplication(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void initialize(Bootstrap<BareConfiguration> bootstrap) {
        bootstrap.addBundle(new AudiencesBundle<>((configuration, environment) -> useCases));
    }

    @Override
    public void run(BareConfiguration configuration, Environment environment) {
        environment.jersey().register(new HostApplication.HostResource());
    }
}

package io.audiences.adapters.rest.host;

import io.audiences.adapters.rest.AudiencesBundle;
import io.audiences.application.UseCases;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;

/** The bundle as the whole application, as the service ships it: the contract's tests run against it. */
public class StandaloneApplication extends Application<HostConfiguration> {

    private final UseCases useCases;

    public StandaloneApplication(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void initialize(Bootstrap<HostConfiguration> bootstrap) {
        bootstrap.addBundle(AudiencesBundle.asTheWholeApplication((configuration, environment) -> useCases));
    }

    @Override
    public void run(HostConfiguration configuration, Environment environment) {
    }
}

package io.audiences.adapters.rest.host;

import io.audiences.adapters.rest.AudiencesBundle;
import io.audiences.adapters.rest.AudiencesUseCases;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A separate, minimal Dropwizard application that adds the audiences bundle to itself next to a
 * resource of its own: the proof that the bundle is reusable.
 */
public class HostApplication extends Application<HostConfiguration> {

    private final AudiencesUseCases useCases;

    public HostApplication(AudiencesUseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void initialize(Bootstrap<HostConfiguration> bootstrap) {
        bootstrap.addBundle(new AudiencesBundle<>((configuration, environment) -> useCases));
    }

    @Override
    public void run(HostConfiguration configuration, Environment environment) {
        environment.jersey().register(new HostResource());
    }

    /** The host's own endpoint, untouched by the bundle. */
    @Path("/host/ping")
    public static class HostResource {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String ping() {
            return "{\"pong\":true}";
        }
    }
}

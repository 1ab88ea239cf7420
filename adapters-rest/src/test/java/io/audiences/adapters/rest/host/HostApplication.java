package io.audiences.adapters.rest.host;

import io.audiences.adapters.rest.AudiencesBundle;
import io.audiences.application.UseCases;
import io.dropwizard.auth.Auth;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.basic.BasicCredentialAuthFilter;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.security.Principal;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Someone else's Dropwizard application, with resources, authentication and error handling of its
 * own; with or without the audiences bundle as a guest. Its answers must not depend on which.
 */
public class HostApplication extends Application<HostConfiguration> {

    private final Optional<UseCases> bundle;
    private final UnaryOperator<AudiencesBundle<HostConfiguration>> customized;

    /** @param bundle the use cases to add the bundle with, or empty for the host alone */
    public HostApplication(Optional<UseCases> bundle) {
        this(bundle, UnaryOperator.identity());
    }

    /** With the bundle as {@code customized} makes it from the default one. */
    public HostApplication(Optional<UseCases> bundle, UnaryOperator<AudiencesBundle<HostConfiguration>> customized) {
        this.bundle = bundle;
        this.customized = customized;
    }

    @Override
    public void initialize(Bootstrap<HostConfiguration> bootstrap) {
        bundle.ifPresent(useCases -> bootstrap.addBundle(
                customized.apply(new AudiencesBundle<>((configuration, environment) -> useCases))));
    }

    @Override
    public void run(HostConfiguration configuration, Environment environment) {
        environment.jersey().register(new HostResource());
        environment.jersey().register(new AuthDynamicFeature(new BasicCredentialAuthFilter.Builder<HostUser>()
                .setAuthenticator(credentials -> credentials.getUsername().equals("admin") && credentials.getPassword().equals("secret")
                        ? Optional.of(new HostUser("admin")) : Optional.empty())
                .setRealm("host")
                .buildAuthFilter()));
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(HostUser.class));
    }

    /** The host's user, authenticated with HTTP Basic. */
    public record HostUser(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }

    /** The host's own endpoints. */
    @Path("/host")
    public static class HostResource {

        @GET
        @Path("/ping")
        @Produces(MediaType.APPLICATION_JSON)
        public String ping() {
            return "{\"pong\":true}";
        }

        @POST
        @Path("/upload")
        @Consumes(MediaType.WILDCARD)
        @Produces(MediaType.TEXT_PLAIN)
        public String upload(byte[] body) {
            return "received " + body.length + " bytes";
        }

        @GET
        @Path("/conflict")
        public String conflict() {
            throw new WebApplicationException("already there", 409);
        }

        @GET
        @Path("/secret")
        @Produces(MediaType.TEXT_PLAIN)
        public String secret(@Auth HostUser user) {
            return "hello " + user.getName();
        }
    }
}

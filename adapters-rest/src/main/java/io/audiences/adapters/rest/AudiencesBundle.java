package io.audiences.adapters.rest;

import io.audiences.adapters.rest.auth.ApiKeyAuthenticator;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.error.BodyLimitFilter;
import io.audiences.adapters.rest.error.CloseAfterRefusalFilter;
import io.audiences.adapters.rest.error.ConstraintViolationMapper;
import io.audiences.adapters.rest.error.EnvelopeUnauthorizedHandler;
import io.audiences.adapters.rest.error.EnvelopeWriter;
import io.audiences.adapters.rest.error.ErrorMapper;
import io.audiences.adapters.rest.error.JettyErrorHandler;
import io.audiences.adapters.rest.error.JsonProcessingMapper;
import io.audiences.adapters.rest.error.OptionsFilter;
import io.audiences.adapters.rest.error.UnparsableHeadersFilter;
import io.audiences.adapters.rest.ratelimit.FailedAuthenticationLimit;
import io.audiences.adapters.rest.ratelimit.RateLimitFilter;
import io.audiences.adapters.rest.resource.AccountsResource;
import io.audiences.adapters.rest.resource.AudienceResource;
import io.audiences.adapters.rest.resource.Cursors;
import io.audiences.adapters.rest.resource.OpenApiResource;
import io.audiences.adapters.rest.resource.JsonBodies;
import io.audiences.adapters.rest.trace.TraceIdFilter;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The audiences API as a Dropwizard bundle: add it to any Dropwizard application whose
 * configuration implements {@link AudiencesRestConfiguration}, and give it the use cases.
 *
 * <pre>{@code
 * bootstrap.addBundle(new AudiencesBundle<MyConfiguration>((configuration, environment) -> useCases));
 * }</pre>
 *
 * <p>It serves {@code /v1/…} with API-key authentication and per-key rate limiting, its OpenAPI
 * document at {@code /openapi.yaml}, and makes every error of the application's HTTP stack
 * (Jersey's and Jetty's own included) the JSON envelope.
 *
 * @param <C> the host application's configuration
 */
public final class AudiencesBundle<C extends Configuration & AudiencesRestConfiguration> implements ConfiguredBundle<C> {

    private final UseCasesFactory<C> useCases;

    public AudiencesBundle(UseCasesFactory<C> useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run(C configuration, Environment environment) {
        AudiencesUseCases ports = useCases.create(configuration, environment);
        EnvelopeWriter envelopes = new EnvelopeWriter(environment.getObjectMapper());

        // Dropwizard's own mappers would answer in shapes of their own.
        if (configuration.getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
        }

        JerseyEnvironment jersey = environment.jersey();
        jersey.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        jersey.property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, true);
        jersey.register(new AuthDynamicFeature(new OAuthCredentialAuthFilter.Builder<ApiKeyPrincipal>()
                .setAuthenticator(new ApiKeyAuthenticator(ports.authenticateApiKey()))
                .setPrefix("Bearer")
                .setRealm("audiences")
                .setUnauthorizedHandler(new EnvelopeUnauthorizedHandler())
                .buildAuthFilter()));
        jersey.register(new AuthValueFactoryProvider.Binder<>(ApiKeyPrincipal.class));
        jersey.register(new FailedAuthenticationLimit(configuration.getFailedAuthenticationLimit().newLimiter()));
        jersey.register(new RateLimitFilter(configuration.getRateLimit().newLimiter()));
        jersey.register(new ErrorMapper());
        jersey.register(new ConstraintViolationMapper());
        jersey.register(new JsonProcessingMapper());
        jersey.register(new OptionsFilter());
        jersey.register(new CloseAfterRefusalFilter());
        jersey.register(new AudienceResource(ports.createAudience(), ports.listAudiences(), ports.getAudience(),
                Cursors.signedWith(configuration.getPagination().getCursorSecret())));
        jersey.register(new AccountsResource(ports.listAccountGroups()));
        jersey.register(new OpenApiResource());

        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        environment.servlets().addFilter("trace-id", new TraceIdFilter())
                .addMappingForUrlPatterns(requests, false, "/*");
        environment.servlets().addFilter("body-limit", new BodyLimitFilter(JsonBodies.MAX_BYTES, envelopes))
                .addMappingForUrlPatterns(requests, true, "/*");
        environment.servlets().addFilter("unparsable-headers", new UnparsableHeadersFilter())
                .addMappingForUrlPatterns(requests, true, "/v1/*");

        // Dropwizard installs Jetty's HTML error handler while it builds the server; replace it
        // as the server starts.
        JettyErrorHandler errorHandler = new JettyErrorHandler(envelopes);
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server) {
                    server.setErrorHandler(errorHandler);
                }
            }
        });
        environment.getApplicationContext().setErrorHandler(errorHandler);
    }

    /** Builds the use cases once the configuration and environment are known. */
    @FunctionalInterface
    public interface UseCasesFactory<C> {
        AudiencesUseCases create(C configuration, Environment environment);
    }
}

package io.audiences.adapters.rest;

import io.audiences.adapters.rest.auth.ApiKeyAuthenticator;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.filter.BodyLimitFilter;
import io.audiences.adapters.rest.filter.CloseAfterRefusalFilter;
import io.audiences.adapters.rest.error.EnvelopeUnauthorizedHandler;
import io.audiences.adapters.rest.error.EnvelopeWriter;
import io.audiences.adapters.rest.error.ErrorMapper;
import io.audiences.adapters.rest.error.RefusalsAnswered;
import io.audiences.adapters.rest.error.JettyErrorHandler;
import io.audiences.adapters.rest.filter.UnofferedMethodsFilter;
import io.audiences.adapters.rest.filter.UnparsableHeadersFilter;
import io.audiences.adapters.rest.health.StorageHealthCheck;
import io.audiences.adapters.rest.metrics.RefusalCounter;
import io.audiences.adapters.rest.metrics.ServiceMetrics;
import io.audiences.adapters.rest.ratelimit.FailedAuthenticationLimit;
import io.audiences.adapters.rest.ratelimit.RateLimitFilter;
import io.audiences.adapters.rest.account.AccountsResource;
import io.audiences.adapters.rest.audience.AudienceResource;
import io.audiences.adapters.rest.route.Cursors;
import io.audiences.adapters.rest.folder.FolderResource;
import io.audiences.adapters.rest.route.IdempotentCreations;
import io.audiences.adapters.rest.route.JsonBodies;
import io.audiences.adapters.rest.route.RequestContextParameters;
import io.audiences.adapters.rest.openapi.OpenApiResource;
import io.audiences.adapters.rest.prospect.ImportResource;
import io.audiences.adapters.rest.prospect.ProspectResource;
import io.audiences.adapters.rest.trace.TraceIdFilter;
import io.audiences.application.UseCases;
import io.audiences.application.port.out.RequestLimiter;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.DropwizardResourceConfig;
import io.dropwizard.jersey.jackson.JacksonFeature;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The audiences API as a Dropwizard bundle: add it to any Dropwizard application whose
 * configuration implements {@link AudiencesRestConfiguration}, and give it the use cases.
 *
 * <pre>{@code
 * bootstrap.addBundle(new AudiencesBundle<MyConfiguration>((configuration, environment) -> UseCases.inMemory()));
 * }</pre>
 *
 * <p>It serves {@code /v1/accounts…} (API-key authentication, per-key rate limiting, the JSON
 * envelope for every answer) and {@code /openapi.yaml}, and adds the health check
 * {@value StorageHealthCheck#NAME}. It serves them from a Jersey application of its own, so
 * that nothing it registers reaches the host's resources: the host's exception mappers,
 * authentication, 404s, error pages and Jersey settings stay as they were. As
 * {@link #asTheWholeApplication}, it owns every path of the application port instead, and makes
 * every error the HTTP stack produces the envelope: the service it ships in.
 *
 * @param <C> the host application's configuration
 */
public final class AudiencesBundle<C extends Configuration & AudiencesRestConfiguration> implements ConfiguredBundle<C> {

    /** The bundle's routes, as servlet path patterns. */
    public static final List<String> ROUTES = List.of("/v1/accounts", "/v1/accounts/*", "/openapi.yaml");

    private final UseCasesFactory<C> useCases;
    private final boolean wholeApplication;
    private final LimiterFactory<C> keyLimiter;

    /** A guest in a host application: it serves its own routes and touches nothing else. */
    public AudiencesBundle(UseCasesFactory<C> useCases) {
        this(useCases, false, inProcessLimiter());
    }

    private AudiencesBundle(UseCasesFactory<C> useCases, boolean wholeApplication, LimiterFactory<C> keyLimiter) {
        this.useCases = useCases;
        this.wholeApplication = wholeApplication;
        this.keyLimiter = keyLimiter;
    }

    /**
     * This bundle, limiting each API key's requests with the limiter {@code keyLimiter} makes
     * instead of the default one (Resilience4j, in this process, set by {@code rateLimit}): one
     * that several instances share, say.
     */
    public AudiencesBundle<C> limitingEachKeyWith(LimiterFactory<C> keyLimiter) {
        return new AudiencesBundle<>(useCases, wholeApplication, keyLimiter);
    }

    /**
     * The bundle as the whole application: every path of the application port is the API's (an
     * unknown one is the envelope's 404), and what Jetty answers on its own is the envelope too.
     * The host's own Jersey resources are not served.
     */
    public static <C extends Configuration & AudiencesRestConfiguration> AudiencesBundle<C> asTheWholeApplication(
            UseCasesFactory<C> useCases) {
        return new AudiencesBundle<>(useCases, true, inProcessLimiter());
    }

    /** The default: Resilience4j, in this process, as {@code rateLimit} sets it. */
    private static <C extends AudiencesRestConfiguration> LimiterFactory<C> inProcessLimiter() {
        return (configuration, environment) -> configuration.getRateLimit().newLimiter();
    }

    @Override
    public void run(C configuration, Environment environment) {
        UseCases ports = useCases.create(configuration, environment);
        ServiceMetrics metrics = new ServiceMetrics(environment.metrics());
        ResourceConfig api = api(configuration, environment, ports, keyLimiter.create(configuration, environment), metrics);
        ExpiredOutcomesPruner.start(environment, ports.idempotency(), configuration.getIdempotency().retention());
        environment.healthChecks().register(StorageHealthCheck.NAME, new StorageHealthCheck(ports.checkStorage()::check));
        List<String> paths = wholeApplication ? List.of("/*") : ROUTES;
        Predicate<String> ours = wholeApplication ? path -> true : AudiencesBundle::isRoute;
        if (wholeApplication) {
            environment.jersey().disable();
        }
        EnvelopeWriter envelopes = new EnvelopeWriter(environment.getObjectMapper(), metrics::refused);
        filter(environment, "audiences-trace-id", new TraceIdFilter(), paths);
        filter(environment, "audiences-body-limit", new BodyLimitFilter(
                path -> ImportResource.isStart(path) ? ImportResource.MAX_FILE_BYTES : JsonBodies.MAX_BYTES, envelopes), paths);
        filter(environment, "audiences-unparsable-headers", new UnparsableHeadersFilter(), paths);
        filter(environment, "audiences-api", new RoutesFilter(new ServletContainer(api), ours), List.of("/*"));
        answerErrorsInTheEnvelope(environment, envelopes, ours);
    }

    /** The bundle's own Jersey application: its resources and everything they need, nothing else. */
    private static ResourceConfig api(AudiencesRestConfiguration configuration, Environment environment,
            UseCases ports, RequestLimiter perKey, ServiceMetrics metrics) {
        DropwizardResourceConfig api = new DropwizardResourceConfig(environment.metrics());
        api.property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, true);
        api.register(new JacksonFeature(environment.getObjectMapper()));
        api.register(new AuthDynamicFeature(new OAuthCredentialAuthFilter.Builder<ApiKeyPrincipal>()
                .setAuthenticator(new ApiKeyAuthenticator(ports.authenticateApiKey()))
                .setPrefix("Bearer")
                .setRealm("audiences")
                .setUnauthorizedHandler(new EnvelopeUnauthorizedHandler())
                .buildAuthFilter()));
        api.register(new AuthValueFactoryProvider.Binder<>(ApiKeyPrincipal.class));
        RequestLimiter perAddress = configuration.getFailedAuthenticationLimit().newLimiter();
        environment.metrics().registerGauge("audiences.failed_authentication_limit.tracked_addresses", perAddress::trackedKeys);
        environment.metrics().registerGauge("audiences.rate_limit.tracked_keys", perKey::trackedKeys);
        api.register(new FailedAuthenticationLimit(perAddress, metrics));
        api.register(new RateLimitFilter(perKey, metrics));
        api.register(new RefusalCounter(metrics));
        ErrorMapper errors = new ErrorMapper();
        api.register(errors);
        api.register(RefusalsAnswered.mappingWith(errors));
        api.register(RequestContextParameters.binder());
        api.register(new UnofferedMethodsFilter.Arrival());
        api.register(new UnofferedMethodsFilter());
        api.register(new CloseAfterRefusalFilter());
        IdempotentCreations creations = new IdempotentCreations(ports.idempotency(), configuration.getIdempotency().retention());
        Cursors cursors = Cursors.signedWith(configuration.getPagination().cursorSecret());
        api.register(new AudienceResource(ports.createAudience(), ports.listAudiences(), ports.getAudience(),
                ports.updateAudience(), ports.deleteAudience(), ports.fileAudience(), ports.getNavigation(),
                cursors, creations, metrics));
        api.register(new ProspectResource(ports.addProspects(), ports.listProspects(), ports.getProspect(),
                ports.removeProspects(), cursors, creations));
        api.register(new ImportResource(ports.importProspects(), ports.getImport(), ports.cancelImport(), creations));
        api.register(new FolderResource(ports.createFolder(), ports.renameFolder(), ports.deleteFolder(), creations));
        api.register(new AccountsResource(ports.listAccountGroups()));
        api.register(new OpenApiResource());
        return api;
    }

    private static void filter(Environment environment, String name, Filter filter, List<String> paths) {
        var registration = environment.servlets().addFilter(name, filter);
        registration.setAsyncSupported(true);
        registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, paths.toArray(String[]::new));
    }

    /**
     * What Jetty answers on its own (a malformed request, a method the server refuses, …) is the
     * envelope on the bundle's routes, or everywhere as the whole application; other paths keep
     * the host's error pages. Dropwizard installs its error handler while it builds the server, so
     * the server's is wrapped as the server starts.
     */
    private static void answerErrorsInTheEnvelope(Environment environment, EnvelopeWriter envelopes, Predicate<String> ours) {
        environment.getApplicationContext().setErrorHandler(
                new JettyErrorHandler(envelopes, ours, environment.getApplicationContext().getErrorHandler()));
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server) {
                    server.setErrorHandler(new JettyErrorHandler(envelopes, ours, server.getErrorHandler()));
                }
            }
        });
    }

    /** Whether {@code path} (within the application's context) is one of {@link #ROUTES}. */
    static boolean isRoute(String path) {
        return path.equals("/v1/accounts") || path.startsWith("/v1/accounts/") || path.equals("/openapi.yaml");
    }

    /** Builds the use cases once the configuration and environment are known. */
    @FunctionalInterface
    public interface UseCasesFactory<C> {
        UseCases create(C configuration, Environment environment);
    }

    /** Makes a request limiter from the host's configuration and environment. */
    @FunctionalInterface
    public interface LimiterFactory<C> {
        RequestLimiter create(C configuration, Environment environment);
    }
}

package io.audiences.adapters.rest.ratelimit;

import io.audiences.adapters.rest.metrics.ServiceMetrics;
import io.audiences.adapters.rest.trace.ClientAddress;
import io.audiences.application.command.RateLimitDecision;
import io.audiences.application.port.out.RequestLimiter;
import io.dropwizard.auth.Auth;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;

/**
 * Failed authentications are limited per client address (contract section 7): every 401 takes a
 * permit from the address, and an address with none left is answered 429 before authentication,
 * so that the keys it sends are neither hashed nor looked up. Applies to the routes that
 * authenticate (those with an {@link Auth} parameter), chosen once when the application starts.
 */
public final class FailedAuthenticationLimit implements DynamicFeature {

    private final Filter filter;

    public FailedAuthenticationLimit(RequestLimiter failures, ServiceMetrics metrics) {
        this.filter = new Filter(failures, metrics);
    }

    @Override
    public void configure(ResourceInfo route, FeatureContext context) {
        if (route.getResourceMethod() != null && Arrays.stream(route.getResourceMethod().getParameterAnnotations())
                .flatMap(Arrays::stream).anyMatch(Auth.class::isInstance)) {
            context.register(filter);
        }
    }

    @Priority(Priorities.AUTHENTICATION - 100)
    static final class Filter implements ContainerRequestFilter, ContainerResponseFilter {

        private final RequestLimiter failures;
        private final ServiceMetrics metrics;

        Filter(RequestLimiter failures, ServiceMetrics metrics) {
            this.failures = failures;
            this.metrics = metrics;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            RateLimitDecision left = failures.peek(ClientAddress.of(request));
            if (!left.allowed()) {
                metrics.rateLimited(ServiceMetrics.Limit.FAILED_AUTHENTICATIONS);
                request.abortWith(RateLimitAnswers.refusal(left));
            }
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (response.getStatus() == Response.Status.UNAUTHORIZED.getStatusCode()) {
                failures.acquire(ClientAddress.of(request));
            }
        }
    }
}

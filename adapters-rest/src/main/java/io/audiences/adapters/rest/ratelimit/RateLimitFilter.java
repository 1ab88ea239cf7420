package io.audiences.adapters.rest.ratelimit;

import io.audiences.adapters.rest.metrics.ServiceMetrics;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Rate limiting per API key, right after authentication and before any other check (contract
 * section 3). Every authenticated response carries the {@code X-RateLimit-*} headers.
 */
@Priority(Priorities.AUTHENTICATION + 100)
public final class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    private final RequestLimiter limiter;
    private final ServiceMetrics metrics;

    public RateLimitFilter(RequestLimiter limiter, ServiceMetrics metrics) {
        this.limiter = limiter;
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof ApiKeyPrincipal caller)) {
            return;
        }
        RequestLimiter.Decision decision = limiter.acquire(caller.getName());
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            metrics.rateLimited(ServiceMetrics.Limit.API_KEY);
            request.abortWith(decision.refusal());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RequestLimiter.Decision decision) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            decision.headers().forEach(headers::putSingle);
        }
    }
}

package io.audiences.adapters.rest.ratelimit;

import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.metrics.ServiceMetrics;
import io.audiences.application.command.RateLimitDecision;
import io.audiences.application.port.out.RequestLimiter;
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
        RateLimitDecision decision = limiter.acquire(caller.getName());
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            metrics.rateLimited(ServiceMetrics.Limit.API_KEY);
            request.abortWith(RateLimitAnswers.refusal(decision));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimitDecision decision) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            RateLimitAnswers.headers(decision).forEach(headers::putSingle);
        }
    }
}

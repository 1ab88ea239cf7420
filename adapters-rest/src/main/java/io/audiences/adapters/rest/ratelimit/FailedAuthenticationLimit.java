package io.audiences.adapters.rest.ratelimit;

import io.dropwizard.auth.Auth;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Failed authentications are limited per client address (contract section 7): every 401 takes a
 * permit from the address, and an address with none left is answered 429 before authentication,
 * so that the keys it sends are neither hashed nor looked up. Applies to the routes that
 * authenticate (those with an {@link Auth} parameter).
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class FailedAuthenticationLimit implements ContainerRequestFilter, ContainerResponseFilter {

    private final RequestLimiter failures;

    @Context
    private HttpServletRequest client;

    @Context
    private ResourceInfo route;

    public FailedAuthenticationLimit(RequestLimiter failures) {
        this.failures = failures;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!authenticates(route.getResourceMethod())) {
            return;
        }
        RequestLimiter.Decision left = failures.peek(client.getRemoteAddr());
        if (!left.allowed()) {
            request.abortWith(left.refusal());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == Response.Status.UNAUTHORIZED.getStatusCode() && authenticates(route.getResourceMethod())) {
            failures.acquire(client.getRemoteAddr());
        }
    }

    private static boolean authenticates(Method method) {
        return method != null && Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream).anyMatch(Auth.class::isInstance);
    }
}

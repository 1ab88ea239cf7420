package io.audiences.adapters.rest;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.function.Predicate;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The bundle's Jersey application, in front of the host's: requests on the bundle's routes go to
 * it, every other request passes on untouched. Mapped to {@code /*} so that Jersey matches routes
 * from the application's root (mapped to the routes themselves, Jersey would match from each
 * pattern's prefix).
 */
final class RoutesFilter implements Filter {

    private final ServletContainer jersey;
    private final Predicate<String> routes;

    RoutesFilter(ServletContainer jersey, Predicate<String> routes) {
        this.jersey = jersey;
        this.routes = routes;
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        jersey.init(config);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (routes.test(pathInContext((HttpServletRequest) request))) {
            jersey.doFilter(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    @Override
    public void destroy() {
        jersey.destroy();
    }

    static String pathInContext(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}

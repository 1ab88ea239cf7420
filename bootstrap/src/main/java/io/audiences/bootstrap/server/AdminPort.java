package io.audiences.bootstrap.server;

import io.dropwizard.core.setup.AdminEnvironment;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

/**
 * The admin port is for this machine: it listens on 127.0.0.1 unless a connector's
 * {@code bindHost} says otherwise, and even then what changes the service's behaviour or shows its
 * insides (tasks, thread dumps, CPU profiles) answers only clients on this machine. Health checks,
 * metrics and ping answer whoever can reach the port.
 */
public final class AdminPort {

    static final String LOOPBACK = "127.0.0.1";

    private AdminPort() {
    }

    /** Binds the admin connectors that name no host to loopback. Call before the server is built. */
    public static void bindToLoopbackByDefault(List<ConnectorFactory> adminConnectors) {
        adminConnectors.stream()
                .filter(HttpConnectorFactory.class::isInstance)
                .map(HttpConnectorFactory.class::cast)
                .filter(connector -> connector.getBindHost() == null)
                .forEach(connector -> connector.setBindHost(LOOPBACK));
    }

    /** Keeps tasks, thread dumps and CPU profiles for clients on this machine. */
    public static void keepOperatorEndpointsLocal(AdminEnvironment admin) {
        admin.addFilter("local-operators-only", new LocalOnly())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/tasks/*", "/threads", "/pprof");
    }

    private static final class LocalOnly implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
                chain.doFilter(request, response);
                return;
            }
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(HttpServletResponse.SC_FORBIDDEN);
            http.setContentType("text/plain;charset=utf-8");
            http.getOutputStream().write(("403: " + ((HttpServletRequest) request).getRequestURI()
                    + " answers only clients on this machine\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}

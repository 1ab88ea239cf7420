package io.audiences.adapters.rest.route;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.process.internal.RequestScoped;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** A route's {@code @Context ContainerRequestContext} is the request Jersey processes, and HK2 is not asked for it. */
class RequestContextParametersTest {

    @Path("/")
    public static final class Routes {

        @GET
        @Path("seen")
        public Response seen(@Context ContainerRequestContext request) {
            return Response.ok(request.getHeaderString("X-Seen") + " " + request.getUriInfo().getPath()).build();
        }
    }

    /** What HK2 would give a {@code @Context ContainerRequestContext}, ranked above Jersey's own: not the request. */
    private static final class Hk2sOwnRequest implements Supplier<ContainerRequestContext> {
        @Override
        public ContainerRequestContext get() {
            return new ContainerRequest(URI.create("http://hk2/"), URI.create("http://hk2/asked"), "GET", null,
                    new MapPropertiesDelegate(), null);
        }
    }

    private static ApplicationHandler jersey(boolean withTheParameters) {
        ResourceConfig config = new ResourceConfig().register(new Routes()).register(new AbstractBinder() {
            @Override
            protected void configure() {
                bindFactory(new Hk2sOwnRequest()).to(ContainerRequestContext.class).in(RequestScoped.class).ranked(100);
            }
        });
        return new ApplicationHandler(withTheParameters ? config.register(RequestContextParameters.binder()) : config);
    }

    @Test
    void theParameterIsTheRequestJerseyProcesses() throws Exception {
        assertThat(seen(jersey(true)).getEntity()).isEqualTo("yes seen");
    }

    @Test
    void withoutTheProviderHk2sAnswerWins() throws Exception {
        assertThat(seen(jersey(false)).getEntity()).isEqualTo("null asked");
    }

    private static ContainerResponse seen(ApplicationHandler jersey) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"), URI.create("http://localhost/seen"),
                "GET", null, new MapPropertiesDelegate(), null);
        request.header("X-Seen", "yes");
        return jersey.apply(request).get();
    }
}

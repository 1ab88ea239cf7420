package io.audiences.adapters.rest.route;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.function.Function;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.model.Parameter.Source;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;

/**
 * Gives a resource method's {@code @Context ContainerRequestContext} parameter the request Jersey
 * is processing, as Jersey would, without asking HK2 for it: HK2 looks the request up in its request
 * scope through a factory for every call, about 4 µs of a route's CPU (docs/performance.md).
 */
public final class RequestContextParameters implements ValueParamProvider {

    private static final Function<ContainerRequest, ContainerRequestContext> THE_REQUEST = request -> request;

    private RequestContextParameters() {
    }

    /** Registers the parameters with a Jersey application. */
    public static AbstractBinder binder() {
        return new AbstractBinder() {
            @Override
            protected void configure() {
                bind(new RequestContextParameters()).to(ValueParamProvider.class);
            }
        };
    }

    @Override
    public Function<ContainerRequest, ?> getValueProvider(Parameter parameter) {
        return parameter.getSource() == Source.CONTEXT && parameter.getRawType() == ContainerRequestContext.class
                ? THE_REQUEST : null;
    }

    /** Before Jersey's own provider of {@code @Context} parameters, which is {@link Priority#LOW}. */
    @Override
    public PriorityType getPriority() {
        return Priority.HIGH;
    }
}

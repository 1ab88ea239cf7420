package io.audiences.adapters.rest.error;

import io.audiences.domain.DomainRefusal;
import jakarta.ws.rs.core.Response;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.spi.internal.ResourceMethodInvocationHandlerProvider;

/**
 * Calls the resource methods, and answers a refusal one throws (an {@link ApiException} or a
 * {@link DomainRefusal}) with {@link ErrorMapper}'s response there and then. Jersey calls a method
 * by reflection, which wraps what it throws in an {@code InvocationTargetException}, then in a
 * {@code MappableException}, each recording the whole server's stack: the largest single cost of
 * a refused request (docs/performance.md). Anything else a method throws goes on to Jersey, and to
 * the same mapper, wrapped as reflection wraps it. Methods that do not answer a {@link Response}
 * are left to Jersey.
 */
public final class RefusalsAnswered implements ResourceMethodInvocationHandlerProvider {

    private static final MethodType CALL = MethodType.methodType(Object.class, Object.class, Object[].class);
    private static final Object[] NO_ARGUMENTS = {};

    private final ErrorMapper errors;

    private RefusalsAnswered(ErrorMapper errors) {
        this.errors = errors;
    }

    /** Registers the calls with a Jersey application whose exceptions {@code errors} maps. */
    public static AbstractBinder mappingWith(ErrorMapper errors) {
        return new AbstractBinder() {
            @Override
            protected void configure() {
                bind(new RefusalsAnswered(errors)).to(ResourceMethodInvocationHandlerProvider.class);
            }
        };
    }

    @Override
    public InvocationHandler create(Invocable invocable) {
        Method method = invocable.getHandlingMethod();
        if (!Response.class.isAssignableFrom(method.getReturnType())) {
            return null;
        }
        MethodHandle call;
        try {
            call = MethodHandles.publicLookup().unreflect(method)
                    .asSpreader(Object[].class, method.getParameterCount()).asType(CALL);
        } catch (IllegalAccessException notPublic) {
            return null;
        }
        return (resource, ignored, arguments) -> {
            Object[] actual = arguments == null ? NO_ARGUMENTS : arguments;
            try {
                return (Object) call.invokeExact(resource, actual);
            } catch (ApiException | DomainRefusal refusal) {
                return errors.toResponse(refusal);
            } catch (Throwable other) {
                throw new InvocationTargetException(other); // as reflection throws it, for Jersey to map
            }
        };
    }
}

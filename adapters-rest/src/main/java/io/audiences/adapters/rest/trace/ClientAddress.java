package io.audiences.adapters.rest.trace;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The client's address, noted by {@link TraceIdFilter} as a request attribute, so that Jersey
 * filters read it as a request property instead of through an injected servlet-request proxy.
 */
public final class ClientAddress {

    static final String ATTRIBUTE = ClientAddress.class.getName();

    private ClientAddress() {
    }

    /** The address the request came from (the TCP peer's). */
    public static String of(ContainerRequestContext request) {
        if (request.getProperty(ATTRIBUTE) instanceof String address) {
            return address;
        }
        throw new IllegalStateException("no client address: TraceIdFilter must run before the API");
    }
}

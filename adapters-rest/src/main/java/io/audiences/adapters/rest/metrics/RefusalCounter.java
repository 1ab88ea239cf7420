package io.audiences.adapters.rest.metrics;

import io.audiences.adapters.rest.error.Envelope;
import io.audiences.adapters.rest.error.ErrorCode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Counts every error answer of the Jersey application by its code, whoever built it (a resource,
 * an exception mapper, a filter that aborted the request, a replay). What is answered below Jersey
 * is counted where it is written ({@link io.audiences.adapters.rest.error.EnvelopeWriter}).
 */
public final class RefusalCounter implements ContainerResponseFilter {

    private final ServiceMetrics metrics;

    public RefusalCounter(ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Envelope<?> envelope && envelope.error() != null) {
            metrics.refused(ErrorCode.valueOf(envelope.error().code()));
        }
    }
}

package io.audiences.adapters.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@link AudiencesBundle} needs from the host application's configuration. Every setting has
 * a default, so a host configuration can implement this interface and declare nothing; to read a
 * setting from the host's file, override its getter with {@code @JsonProperty} and add a setter.
 */
public interface AudiencesRestConfiguration {

    /** Requests per API key; by default 120 a minute. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    default RateLimitSettings getRateLimit() {
        return new RateLimitSettings();
    }

    /** Failed authentications per client address; by default 600 a minute. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    default RateLimitSettings getFailedAuthenticationLimit() {
        return RateLimitSettings.failedAuthenticationDefaults();
    }

    /** How long kept outcomes of idempotent creations answer retries; by default 24 hours. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    default IdempotencySettings getIdempotency() {
        return new IdempotencySettings();
    }

    /** How list cursors are signed; by default with a random per-process secret. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    default PaginationSettings getPagination() {
        return new PaginationSettings();
    }
}

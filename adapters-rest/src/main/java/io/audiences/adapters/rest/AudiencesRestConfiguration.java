package io.audiences.adapters.rest;

/** What {@link AudiencesBundle} needs from the host application's configuration. */
public interface AudiencesRestConfiguration {

    RateLimitSettings getRateLimit();

    /** Failed authentications per client address; by default 600 per minute. */
    default RateLimitSettings getFailedAuthenticationLimit() {
        return RateLimitSettings.failedAuthenticationDefaults();
    }

    /** How list cursors are signed; by default with a random per-process secret. */
    default PaginationSettings getPagination() {
        return new PaginationSettings();
    }
}

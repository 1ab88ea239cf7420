package io.audiences.adapters.rest;

/** What {@link AudiencesBundle} needs from the host application's configuration. */
public interface AudiencesRestConfiguration {

    RateLimitSettings getRateLimit();
}

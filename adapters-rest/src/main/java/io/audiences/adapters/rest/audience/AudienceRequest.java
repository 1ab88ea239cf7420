package io.audiences.adapters.rest.audience;

import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.route.GroupRequest;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.audience.AudienceId;
import jakarta.ws.rs.PathParam;

/** A route's request for one audience of a group ({@code …/audiences/{audienceId}…}): the group's, and the audience's id. */
public final class AudienceRequest extends GroupRequest {

    static final String AUDIENCE_ID = "audienceId";

    @PathParam(AUDIENCE_ID)
    String audienceId;

    /** The audience a caller may act on with {@code permission}: both ids well-formed, then the group's access (403, 400, 404). */
    Target authorizeAudience(ApiKeyPrincipal caller, Permission permission) {
        return new Target(authorize(caller, permission, AUDIENCE_ID, audienceId), new AudienceId(audienceId));
    }

    /** An audience of a group, as a route names it. */
    record Target(AccountGroupId group, AudienceId audience) {
    }
}

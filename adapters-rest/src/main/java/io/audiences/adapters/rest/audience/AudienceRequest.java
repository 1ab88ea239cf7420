package io.audiences.adapters.rest.audience;

import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.auth.Authorization;
import io.audiences.adapters.rest.route.CreationRequest;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.audience.AudienceId;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * A route's request for one audience of a group ({@code …/audiences/{audienceId}…}): the group's,
 * the audience's id, and what a creation under the audience reads ({@code Idempotency-Key}).
 */
public class AudienceRequest extends CreationRequest {

    public static final String AUDIENCE_ID = "audienceId";

    private final String audienceId;

    public AudienceRequest(ContainerRequestContext request) {
        super(request);
        this.audienceId = pathParameter(request, AUDIENCE_ID);
    }

    /** The audience a caller may act on with {@code permission}: both ids well-formed, then the group's access (403, 400, 404). */
    public Target authorizeAudience(ApiKeyPrincipal caller, Permission permission, Authorization.PathId... otherIds) {
        Authorization.PathId[] ids = new Authorization.PathId[otherIds.length + 1];
        ids[0] = new Authorization.PathId(AUDIENCE_ID, audienceId);
        System.arraycopy(otherIds, 0, ids, 1, otherIds.length);
        return new Target(authorize(caller, permission, ids), new AudienceId(audienceId));
    }

    /** An audience of a group, as a route names it. */
    public record Target(AccountGroupId group, AudienceId audience) {
    }
}

package io.audiences.adapters.rest.prospect;

import io.audiences.adapters.rest.audience.AudienceRequest;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.auth.Authorization;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.prospect.ProspectId;
import jakarta.ws.rs.container.ContainerRequestContext;

/** A route's request for one prospect of an audience ({@code …/prospects/{prospectId}}). */
public final class ProspectRequest extends AudienceRequest {

    static final String PROSPECT_ID = "prospectId";

    private final String prospectId;

    ProspectRequest(ContainerRequestContext request) {
        super(request);
        this.prospectId = pathParameter(request, PROSPECT_ID);
    }

    /** The prospect a caller may act on with {@code permission}: every id well-formed, then the group's access (403, 400, 404). */
    Target authorizeProspect(ApiKeyPrincipal caller, Permission permission) {
        AudienceRequest.Target audience = authorizeAudience(caller, permission, new Authorization.PathId(PROSPECT_ID, prospectId));
        return new Target(audience, new ProspectId(prospectId));
    }

    /** A prospect of an audience, as a route names it. */
    record Target(AudienceRequest.Target audience, ProspectId prospect) {
    }
}

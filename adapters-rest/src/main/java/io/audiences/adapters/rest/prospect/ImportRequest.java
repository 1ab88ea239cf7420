package io.audiences.adapters.rest.prospect;

import io.audiences.adapters.rest.audience.AudienceRequest;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.auth.Authorization;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.prospect.ImportId;
import jakarta.ws.rs.container.ContainerRequestContext;

/** A route's request for one import of an audience ({@code …/prospects/imports/{importId}…}). */
public final class ImportRequest extends AudienceRequest {

    static final String IMPORT_ID = "importId";

    private final String importId;

    ImportRequest(ContainerRequestContext request) {
        super(request);
        this.importId = pathParameter(request, IMPORT_ID);
    }

    /** The import a caller may act on with {@code permission}: every id well-formed, then the group's access (403, 400, 404). */
    Target authorizeImport(ApiKeyPrincipal caller, Permission permission) {
        AudienceRequest.Target audience = authorizeAudience(caller, permission, new Authorization.PathId(IMPORT_ID, importId));
        return new Target(audience, new ImportId(importId));
    }

    /** An import of an audience, as a route names it. */
    record Target(AudienceRequest.Target audience, ImportId id) {
    }
}

package io.audiences.adapters.rest.route;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.auth.Authorization;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.Permission;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * What a route under {@code /v1/accounts/{accountGroupId}} reads of its request besides the caller,
 * a second id in its path and the body (a {@code @BeanParam} that Jersey fills): the group and the
 * media type, each read with the contract's checks, which a route calls in the contract's order
 * (authorisation, then the body).
 */
public class GroupRequest {

    @PathParam("accountGroupId")
    String accountGroupId;

    @HeaderParam(HttpHeaders.CONTENT_TYPE)
    String contentType;

    /** The group, once the caller may act on it with {@code permission} (403, 400, 404). */
    public AccountGroupId authorize(ApiKeyPrincipal caller, Permission permission) {
        return Authorization.require(caller, permission, accountGroupId);
    }

    /** As {@link #authorize(ApiKeyPrincipal, Permission)}, for a route whose path names other ids, checked with the group's. */
    public AccountGroupId authorize(ApiKeyPrincipal caller, Permission permission, Authorization.PathId... otherIds) {
        return Authorization.require(caller, permission, accountGroupId, List.of(otherIds));
    }

    /** The body: one JSON object (415, 400). */
    public ObjectNode object(InputStream body) {
        return JsonBodies.readObject(contentType, body);
    }

    /** The body, if one was sent: then one JSON object (415, 400). */
    public Optional<ObjectNode> optionalObject(InputStream body) {
        return JsonBodies.readOptionalObject(contentType, body);
    }
}

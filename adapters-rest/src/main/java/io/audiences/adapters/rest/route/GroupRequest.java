package io.audiences.adapters.rest.route;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.auth.Authorization;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.Permission;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * What a route under {@code /v1/accounts/{accountGroupId}} reads of its request besides the caller,
 * a second id in its path and the body: the group and the media type, each read with the contract's
 * checks, which a route calls in the contract's order (authorisation, then the body). Read from the
 * request the route is given ({@code @Context ContainerRequestContext}), not filled by Jersey as a
 * {@code @BeanParam}: Jersey builds a bean parameter's fields anew for every request, looking up
 * their converters by reflection (about 5 % of a create's CPU, most of it throwing
 * {@code NoSuchMethodException}).
 */
public class GroupRequest {

    private final String accountGroupId;
    private final String contentType;

    public GroupRequest(ContainerRequestContext request) {
        this(pathParameter(request, "accountGroupId"), request.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
    }

    GroupRequest(String accountGroupId, String contentType) {
        this.accountGroupId = accountGroupId;
        this.contentType = contentType;
    }

    /** The path's {@code name} segment, decoded, as {@code @PathParam} gives it. */
    protected static String pathParameter(ContainerRequestContext request, String name) {
        return request.getUriInfo().getPathParameters().getFirst(name);
    }

    /** The group, once the caller may act on it with {@code permission} (403, 400, 404). */
    public AccountGroupId authorize(ApiKeyPrincipal caller, Permission permission) {
        return Authorization.require(caller, permission, accountGroupId);
    }

    /** As {@link #authorize(ApiKeyPrincipal, Permission)}, for a route whose path names other ids, checked with the group's. */
    public AccountGroupId authorize(ApiKeyPrincipal caller, Permission permission, Authorization.PathId... otherIds) {
        return Authorization.require(caller, permission, accountGroupId, List.of(otherIds));
    }

    /** The {@code Content-Type} header as sent, or {@code null}. */
    public String contentType() {
        return contentType;
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

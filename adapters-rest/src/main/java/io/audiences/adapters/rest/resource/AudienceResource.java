package io.audiences.adapters.rest.resource;

import com.codahale.metrics.annotation.Timed;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.auth.Authorization;
import io.audiences.adapters.rest.error.ApiException;
import io.audiences.adapters.rest.error.Envelope;
import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.adapters.rest.trace.TraceIds;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.port.in.CreateAudience;
import io.audiences.domain.AccountGroupId;
import io.audiences.domain.Audience;
import io.audiences.domain.NotFoundException;
import io.audiences.domain.Permission;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/accounts/{accountGroupId}/audiences}. Authentication and rate limiting run as
 * filters before this; the rest of the contract's order of checks is spelt out below. No
 * {@code @Consumes}: Jersey would answer 415 before authentication, and the contract wants it after.
 */
@Path("/v1/accounts/{accountGroupId}/audiences")
public final class AudienceResource {

    private static final Logger LOG = LoggerFactory.getLogger(AudienceResource.class);

    private final CreateAudience createAudience;

    public AudienceResource(CreateAudience createAudience) {
        this.createAudience = createAudience;
    }

    @POST
    @Timed
    public Response create(
            @Auth ApiKeyPrincipal caller,
            @PathParam("accountGroupId") String accountGroupId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        AccountGroupId group = Authorization.require(caller, Permission.AUDIENCES_WRITE, accountGroupId);
        JsonBodies.requireJson(contentType);
        CreateAudienceCommand command = CreateAudienceBody.toCommand(group, JsonBodies.readObject(body));
        Audience audience = create(command);
        LOG.info("Created audience {} in account group {} with key {}", audience.id(), group, caller.getName());
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/v1/accounts/" + group + "/audiences/" + audience.id())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Envelope.ok(AudienceResponse.of(audience), TraceIds.current()))
                .build();
    }

    private Audience create(CreateAudienceCommand command) {
        try {
            return createAudience.create(command);
        } catch (NotFoundException missing) {
            // The key names a group that is gone: answer as for any group it may not act on.
            throw new ApiException(ErrorCode.ACCOUNT_GROUP_ACCESS_DENIED, "this API key may not act on this account group");
        }
    }
}

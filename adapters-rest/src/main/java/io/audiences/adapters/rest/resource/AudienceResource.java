package io.audiences.adapters.rest.resource;

import com.codahale.metrics.annotation.Timed;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.auth.Authorization;
import io.audiences.adapters.rest.error.ApiException;
import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.application.command.AudiencePage;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.command.ListAudiencesQuery;
import io.audiences.application.port.in.CreateAudience;
import io.audiences.application.port.in.GetAudience;
import io.audiences.application.port.in.ListAudiences;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudiencePosition;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.apikey.Permission;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An account group's audiences: create one, list them, read one. Authentication and rate limiting
 * run as filters before these methods; the rest of the contract's order of checks is spelt out in
 * each. No {@code @Consumes}: Jersey would answer 415 before authentication, and the contract
 * wants it after.
 */
@Path("/v1/accounts/{accountGroupId}/audiences")
public final class AudienceResource {

    private static final Logger LOG = LoggerFactory.getLogger(AudienceResource.class);

    private final CreateAudience createAudience;
    private final ListAudiences listAudiences;
    private final GetAudience getAudience;
    private final Cursors cursors;

    public AudienceResource(CreateAudience createAudience, ListAudiences listAudiences, GetAudience getAudience,
            Cursors cursors) {
        this.createAudience = createAudience;
        this.listAudiences = listAudiences;
        this.getAudience = getAudience;
        this.cursors = cursors;
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
        return SuccessResponses.of(Response.Status.CREATED, AudienceResponse.of(audience))
                .header(HttpHeaders.LOCATION, "/v1/accounts/" + group + "/audiences/" + audience.id())
                .build();
    }

    @GET
    @Timed
    public Response list(
            @Auth ApiKeyPrincipal caller,
            @PathParam("accountGroupId") String accountGroupId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        AccountGroupId group = Authorization.require(caller, Permission.AUDIENCES_READ, accountGroupId);
        Optional<AudiencePosition> after = cursor == null || cursor.isEmpty()
                ? Optional.empty() : Optional.of(cursors.decode(group, cursor));
        AudiencePage page = listAudiences.list(new ListAudiencesQuery(group, after, parseLimit(limit)));
        return SuccessResponses.ok(new AudiencePageResponse(
                page.items().stream().map(AudienceResponse::of).toList(),
                page.next().map(position -> cursors.encode(group, position)).orElse(null),
                page.hasMore()));
    }

    @GET
    @Path("/{audienceId}")
    @Timed
    public Response get(
            @Auth ApiKeyPrincipal caller,
            @PathParam("accountGroupId") String accountGroupId,
            @PathParam("audienceId") String audienceId) {
        AccountGroupId group = Authorization.require(caller, Permission.AUDIENCES_READ, accountGroupId);
        return SuccessResponses.ok(AudienceResponse.of(getAudience.get(group, new AudienceId(audienceId))));
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isEmpty()) {
            return ListAudiencesQuery.DEFAULT_LIMIT;
        }
        if (!limit.matches("[0-9]{1,3}")) {
            throw new InvalidInputException(new FieldViolation("limit", ListAudiencesQuery.LIMIT_RULE));
        }
        return Integer.parseInt(limit);
    }

    private Audience create(CreateAudienceCommand command) {
        try {
            return createAudience.create(command);
        } catch (UnknownIdException missing) {
            // The key names a group that is gone: answer as for any group it may not act on.
            throw new ApiException(ErrorCode.ACCOUNT_GROUP_ACCESS_DENIED, "this API key may not act on this account group");
        }
    }
}

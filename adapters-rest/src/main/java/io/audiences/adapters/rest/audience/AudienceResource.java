package io.audiences.adapters.rest.audience;

import io.audiences.adapters.rest.route.Cursors;
import io.audiences.adapters.rest.route.GroupRequest;
import io.audiences.adapters.rest.route.PageRequest;
import io.audiences.adapters.rest.route.IdempotentCreations;
import io.audiences.adapters.rest.route.CreationRequest;
import io.audiences.adapters.rest.route.SuccessResponses;
import io.audiences.adapters.rest.route.DeletedResponse;
import com.codahale.metrics.annotation.Timed;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.metrics.ServiceMetrics;
import io.audiences.application.command.AudiencePage;
import io.audiences.application.command.ListAudiencesQuery;
import io.audiences.application.command.UpdateAudienceCommand;
import io.audiences.application.port.in.CreateAudience;
import io.audiences.application.port.in.DeleteAudience;
import io.audiences.application.port.in.FileAudience;
import io.audiences.application.port.in.GetAudience;
import io.audiences.application.port.in.GetNavigation;
import io.audiences.application.port.in.ListAudiences;
import io.audiences.application.port.in.UpdateAudience;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceChanges;
import io.audiences.domain.audience.AudiencePosition;
import io.audiences.domain.folder.FolderId;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An account group's audiences: create, list, read, change, delete and file them, and the group's
 * navigation. Authentication and rate limiting run as filters before these methods; the rest of the
 * contract's order of checks is spelt out in each. No {@code @Consumes}: Jersey would answer 415
 * before authentication, and the contract wants it after. The literal segments {@code navigation}
 * and {@code folders} are routes of their own, never taken for an audience id.
 */
@Path("/v1/accounts/{accountGroupId}/audiences")
public final class AudienceResource {

    private static final Logger LOG = LoggerFactory.getLogger(AudienceResource.class);

    /** An audience id's path segment: anything but the literal segments, so that they answer 405 to other methods. */
    private static final String AUDIENCE = "/{audienceId: (?!(?:navigation|folders)(?:/|$))[^/]+}";

    private final ListAudiences listAudiences;
    private final GetAudience getAudience;
    private final UpdateAudience updateAudience;
    private final DeleteAudience deleteAudience;
    private final FileAudience fileAudience;
    private final GetNavigation getNavigation;
    private final Cursors cursors;
    private final IdempotentCreations creations;
    private final CreateAudience createAudience;
    private final IdempotentCreations.Route<Audience> creation;
    private final ServiceMetrics metrics;

    public AudienceResource(CreateAudience createAudience, ListAudiences listAudiences, GetAudience getAudience,
            UpdateAudience updateAudience, DeleteAudience deleteAudience, FileAudience fileAudience,
            GetNavigation getNavigation, Cursors cursors, IdempotentCreations creations, ServiceMetrics metrics) {
        this.listAudiences = listAudiences;
        this.getAudience = getAudience;
        this.updateAudience = updateAudience;
        this.deleteAudience = deleteAudience;
        this.fileAudience = fileAudience;
        this.getNavigation = getNavigation;
        this.cursors = cursors;
        this.creations = creations;
        this.createAudience = createAudience;
        this.creation = new IdempotentCreations.Route<>("audiences", Audience.class, this::announce, AudienceResource::created);
        this.metrics = metrics;
    }

    @POST
    @Timed
    public Response create(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context, InputStream body) {
        CreationRequest request = new CreationRequest(context);
        return creations.create(creation, caller, request, body, AudienceBodies::createAudience, createAudience::create);
    }

    private void announce(ApiKeyPrincipal caller, Audience audience) {
        LOG.info("Created audience {} in account group {} with key {}", audience.id(), audience.accountGroupId(), caller.getName());
        metrics.created(audience.type());
    }

    private static IdempotentCreations.Answer created(Audience audience) {
        return IdempotentCreations.Answer.created(AudienceResponse.of(audience),
                "/v1/accounts/" + audience.accountGroupId() + "/audiences/" + audience.id());
    }

    @GET
    @Timed
    public Response list(
            @Auth ApiKeyPrincipal caller,
            @Context ContainerRequestContext context,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        GroupRequest request = new GroupRequest(context);
        AccountGroupId group = request.authorize(caller, Permission.AUDIENCES_READ);
        Optional<AudiencePosition> after = cursor == null || cursor.isEmpty()
                ? Optional.empty() : Optional.of(cursors.decode(group, cursor));
        AudiencePage page = listAudiences.list(new ListAudiencesQuery(group, after, PageRequest.limit(limit)));
        return SuccessResponses.ok(new AudiencePageResponse(
                page.items().stream().map(AudienceResponse::of).toList(),
                page.next().map(position -> cursors.encode(group, position)).orElse(null),
                page.hasMore()));
    }

    @GET
    @Path(AUDIENCE)
    @Timed
    public Response get(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context) {
        AudienceRequest request = new AudienceRequest(context);
        AudienceRequest.Target target = request.authorizeAudience(caller, Permission.AUDIENCES_READ);
        return SuccessResponses.ok(AudienceResponse.of(getAudience.get(target.group(), target.audience())));
    }

    @PATCH
    @Path(AUDIENCE)
    @Timed
    public Response update(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context, InputStream body) {
        AudienceRequest request = new AudienceRequest(context);
        AudienceRequest.Target target = request.authorizeAudience(caller, Permission.AUDIENCES_WRITE);
        AudienceChanges changes = AudienceBodies.updateAudience(request.object(body));
        Audience audience = updateAudience.update(new UpdateAudienceCommand(target.group(), target.audience(), changes));
        LOG.info("Updated audience {} in account group {} with key {}", audience.id(), target.group(), caller.getName());
        return SuccessResponses.ok(AudienceResponse.of(audience));
    }

    @DELETE
    @Path(AUDIENCE)
    @Timed
    public Response delete(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context) {
        AudienceRequest request = new AudienceRequest(context);
        AudienceRequest.Target target = request.authorizeAudience(caller, Permission.AUDIENCES_WRITE);
        deleteAudience.delete(target.group(), target.audience());
        LOG.info("Deleted audience {} in account group {} with key {}", target.audience(), target.group(), caller.getName());
        return SuccessResponses.ok(DeletedResponse.DELETED);
    }

    @POST
    @Path(AUDIENCE + "/move-to-folder")
    @Timed
    public Response moveToFolder(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context, InputStream body) {
        AudienceRequest request = new AudienceRequest(context);
        AudienceRequest.Target target = request.authorizeAudience(caller, Permission.AUDIENCES_WRITE);
        FolderId folderId = AudienceBodies.moveToFolder(request.object(body));
        return SuccessResponses.ok(AudienceResponse.of(fileAudience.moveToFolder(target.group(), target.audience(), folderId)));
    }

    @POST
    @Path(AUDIENCE + "/remove-from-folder")
    @Timed
    public Response removeFromFolder(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context, InputStream body) {
        AudienceRequest request = new AudienceRequest(context);
        AudienceRequest.Target target = request.authorizeAudience(caller, Permission.AUDIENCES_WRITE);
        request.optionalObject(body).ifPresent(AudienceBodies::removeFromFolder);
        return SuccessResponses.ok(AudienceResponse.of(fileAudience.removeFromFolder(target.group(), target.audience())));
    }

    @GET
    @Path("/navigation")
    @Timed
    public Response navigation(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context) {
        GroupRequest request = new GroupRequest(context);
        AccountGroupId group = request.authorize(caller, Permission.AUDIENCES_READ);
        return SuccessResponses.ok(NavigationResponse.of(getNavigation.navigation(group)));
    }
}

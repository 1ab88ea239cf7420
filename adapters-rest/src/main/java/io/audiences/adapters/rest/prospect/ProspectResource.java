package io.audiences.adapters.rest.prospect;

import com.codahale.metrics.annotation.Timed;
import io.audiences.adapters.rest.audience.AudienceRequest;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.route.CreationRequest;
import io.audiences.adapters.rest.route.Cursors;
import io.audiences.adapters.rest.route.IdempotentCreations;
import io.audiences.adapters.rest.route.PageRequest;
import io.audiences.adapters.rest.route.SuccessResponses;
import io.audiences.application.command.AddProspectsCommand;
import io.audiences.application.command.ListProspectsQuery;
import io.audiences.application.command.ProspectBatchResult;
import io.audiences.application.command.ProspectPage;
import io.audiences.application.port.in.AddProspects;
import io.audiences.application.port.in.GetProspect;
import io.audiences.application.port.in.ListProspects;
import io.audiences.application.port.in.RemoveProspects;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.ProspectPosition;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
 * An audience's prospects (prospects.md): batch add, list, read, remove one or a batch. The order of
 * checks is as in the audience routes: permission, ids, the group's access, the body, then the
 * audience (404). The literal segment {@code remove} is a route of its own, never taken for an id.
 */
@Path("/v1/accounts/{accountGroupId}/audiences/{audienceId}/prospects")
public final class ProspectResource {

    private static final Logger LOG = LoggerFactory.getLogger(ProspectResource.class);

    /** A prospect id's path segment: anything but the literal segments, so that they answer 405 to other methods. */
    private static final String PROSPECT = "/{prospectId: (?!(?:remove|imports)(?:/|$))[^/]+}";

    private final AddProspects addProspects;
    private final ListProspects listProspects;
    private final GetProspect getProspect;
    private final RemoveProspects removeProspects;
    private final Cursors cursors;
    private final IdempotentCreations creations;
    private final IdempotentCreations.Route<ProspectBatchResult> batch;

    public ProspectResource(AddProspects addProspects, ListProspects listProspects, GetProspect getProspect,
            RemoveProspects removeProspects, Cursors cursors, IdempotentCreations creations) {
        this.addProspects = addProspects;
        this.listProspects = listProspects;
        this.getProspect = getProspect;
        this.removeProspects = removeProspects;
        this.cursors = cursors;
        this.creations = creations;
        this.batch = new IdempotentCreations.Route<>("prospects", ProspectBatchResult.class, ProspectResource::announce,
                result -> new IdempotentCreations.Answer(Response.Status.OK, ProspectResponses.Batch.of(result), null));
    }

    @POST
    @Timed
    public Response add(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context, InputStream body) {
        AudienceRequest request = new AudienceRequest(context);
        AudienceRequest.Target target = request.authorizeAudience(caller, Permission.PROSPECTS_WRITE);
        CreationRequest.Creation creation = request.read(body);
        AddProspectsCommand command = ProspectBodies.addProspects(target, creation.body());
        return creations.create(batch, caller, target.group(), target.audience().value(), creation,
                () -> addProspects.add(command));
    }

    private static void announce(ApiKeyPrincipal caller, ProspectBatchResult result) {
        if (!result.added().isEmpty()) {
            LOG.info("Added {} prospects to audience {} with key {}", result.added().size(),
                    result.added().get(0).prospect().audienceId(), caller.getName());
        }
    }

    @GET
    @Timed
    public Response list(
            @Auth ApiKeyPrincipal caller,
            @Context ContainerRequestContext context,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        AudienceRequest request = new AudienceRequest(context);
        AudienceRequest.Target target = request.authorizeAudience(caller, Permission.PROSPECTS_READ);
        AudienceId audience = target.audience();
        Optional<ProspectPosition> after = cursor == null || cursor.isEmpty()
                ? Optional.empty() : Optional.of(cursors.decode(audience, cursor));
        ProspectPage page = listProspects.list(new ListProspectsQuery(target.group(), audience, after, PageRequest.limit(limit)));
        return SuccessResponses.ok(new ProspectResponses.Page(
                page.items().stream().map(ProspectResponse::of).toList(),
                page.next().map(position -> cursors.encode(audience, position)).orElse(null),
                page.hasMore()));
    }

    @GET
    @Path(PROSPECT)
    @Timed
    public Response get(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context) {
        ProspectRequest request = new ProspectRequest(context);
        ProspectRequest.Target target = request.authorizeProspect(caller, Permission.PROSPECTS_READ);
        return SuccessResponses.ok(ProspectResponse.of(
                getProspect.get(target.audience().group(), target.audience().audience(), target.prospect())));
    }

    @DELETE
    @Path(PROSPECT)
    @Timed
    public Response delete(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context) {
        ProspectRequest request = new ProspectRequest(context);
        ProspectRequest.Target target = request.authorizeProspect(caller, Permission.PROSPECTS_WRITE);
        long count = removeProspects.removeOne(target.audience().group(), target.audience().audience(), target.prospect());
        LOG.info("Deleted prospect {} of audience {} with key {}", target.prospect(), target.audience().audience(),
                caller.getName());
        return SuccessResponses.ok(new ProspectResponses.Deleted(true, count));
    }

    @POST
    @Path("/remove")
    @Timed
    public Response remove(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context, InputStream body) {
        AudienceRequest request = new AudienceRequest(context);
        AudienceRequest.Target target = request.authorizeAudience(caller, Permission.PROSPECTS_WRITE);
        ProspectResponses.Removed removed = ProspectResponses.Removed.of(removeProspects.remove(target.group(),
                target.audience(), ProspectBodies.removeProspects(request.object(body))));
        LOG.info("Removed {} prospects of audience {} with key {}", removed.removed().size(), target.audience(), caller.getName());
        return SuccessResponses.ok(removed);
    }
}

package io.audiences.adapters.rest.folder;

import io.audiences.domain.audience.Name;
import io.audiences.adapters.rest.audience.AudienceResource;
import io.audiences.adapters.rest.route.GroupRequest;
import io.audiences.adapters.rest.route.IdempotentCreations;
import io.audiences.adapters.rest.route.CreationRequest;
import io.audiences.adapters.rest.route.SuccessResponses;
import io.audiences.adapters.rest.route.DeletedResponse;
import com.codahale.metrics.annotation.Timed;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.auth.Authorization;
import io.audiences.application.port.in.CreateFolder;
import io.audiences.application.port.in.DeleteFolder;
import io.audiences.application.port.in.RenameFolder;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An account group's folders: create, rename, delete. The order of checks is as in {@link AudienceResource}. */
@Path("/v1/accounts/{accountGroupId}/audiences/folders")
public final class FolderResource {

    private static final Logger LOG = LoggerFactory.getLogger(FolderResource.class);
    private static final String FOLDER_ID = "folderId";

    private final RenameFolder renameFolder;
    private final DeleteFolder deleteFolder;
    private final IdempotentCreations creations;
    private final CreateFolder createFolder;
    private final IdempotentCreations.Route<Folder> creation;

    public FolderResource(CreateFolder createFolder, RenameFolder renameFolder, DeleteFolder deleteFolder,
            IdempotentCreations creations) {
        this.renameFolder = renameFolder;
        this.deleteFolder = deleteFolder;
        this.creations = creations;
        this.createFolder = createFolder;
        this.creation = new IdempotentCreations.Route<>("folders", Folder.class, FolderResource::announce, FolderResource::created);
    }

    @POST
    @Timed
    public Response create(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context, InputStream body) {
        CreationRequest request = new CreationRequest(context);
        return creations.create(creation, caller, request, body, FolderBodies::createFolder, createFolder::create);
    }

    private static void announce(ApiKeyPrincipal caller, Folder folder) {
        LOG.info("Created folder {} in account group {} with key {}", folder.id(), folder.accountGroupId(), caller.getName());
    }

    private static IdempotentCreations.Answer created(Folder folder) {
        return IdempotentCreations.Answer.created(FolderResponse.of(folder),
                "/v1/accounts/" + folder.accountGroupId() + "/audiences/folders/" + folder.id());
    }

    @PATCH
    @Path("/{folderId}")
    @Timed
    public Response rename(
            @Auth ApiKeyPrincipal caller,
            @Context ContainerRequestContext context,
            @PathParam(FOLDER_ID) String folderId,
            InputStream body) {
        GroupRequest request = new GroupRequest(context);
        AccountGroupId group = request.authorize(caller, Permission.AUDIENCES_WRITE, new Authorization.PathId(FOLDER_ID, folderId));
        Name name = FolderBodies.renameFolder(request.object(body));
        return SuccessResponses.ok(FolderResponse.of(renameFolder.rename(group, new FolderId(folderId), name)));
    }

    @DELETE
    @Path("/{folderId}")
    @Timed
    public Response delete(
            @Auth ApiKeyPrincipal caller,
            @Context ContainerRequestContext context,
            @PathParam(FOLDER_ID) String folderId) {
        GroupRequest request = new GroupRequest(context);
        AccountGroupId group = request.authorize(caller, Permission.AUDIENCES_WRITE, new Authorization.PathId(FOLDER_ID, folderId));
        deleteFolder.delete(group, new FolderId(folderId));
        LOG.info("Deleted folder {} in account group {} with key {}", folderId, group, caller.getName());
        return SuccessResponses.ok(DeletedResponse.DELETED);
    }
}

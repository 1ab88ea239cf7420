package io.audiences.adapters.rest.prospect;

import com.codahale.metrics.annotation.Timed;
import io.audiences.adapters.rest.audience.AudienceRequest;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.route.BodyFields;
import io.audiences.adapters.rest.route.IdempotentCreations;
import io.audiences.adapters.rest.route.SuccessResponses;
import io.audiences.application.command.StartImportCommand;
import io.audiences.application.port.in.CancelImport;
import io.audiences.application.port.in.GetImport;
import io.audiences.application.port.in.ImportProspects;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.prospect.ImportFormat;
import io.audiences.domain.prospect.ProspectImport;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An audience's imports (prospects.md, section 5): start one from a CSV or NDJSON file (202; the
 * file is stored, decoded, before the answer), read it, cancel it. The order of checks is as
 * everywhere: permission, ids, the group's access, the media type (415), {@code Idempotency-Key},
 * the file (413 beyond 10 MiB; a CSV header that names no prospect field rightly is 400), then
 * the audience (404) and whether it is ready (409).
 */
@Path("/v1/accounts/{accountGroupId}/audiences/{audienceId}/prospects/imports")
public final class ImportResource {

    private static final Logger LOG = LoggerFactory.getLogger(ImportResource.class);

    /** The one route whose body may be larger than a JSON body: an import's file. */
    public static final long MAX_FILE_BYTES = ImportUpload.MAX_BYTES;
    private static final Pattern START = Pattern.compile(
            "/v1/accounts/[^/]+/audiences/[^/]+/prospects/imports/?");

    /** Whether {@code path} is the route that starts an import. */
    public static boolean isStart(String path) {
        return path != null && START.matcher(path).matches();
    }

    private final ImportProspects importProspects;
    private final GetImport getImport;
    private final CancelImport cancelImport;
    private final IdempotentCreations creations;

    public ImportResource(ImportProspects importProspects, GetImport getImport, CancelImport cancelImport,
            IdempotentCreations creations) {
        this.importProspects = importProspects;
        this.getImport = getImport;
        this.cancelImport = cancelImport;
        this.creations = creations;
        ImportUpload.deleteLeftovers();
    }

    @POST
    @Timed
    public Response start(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context, InputStream body) {
        AudienceRequest request = new AudienceRequest(context);
        AudienceRequest.Target target = request.authorizeAudience(caller, Permission.PROSPECTS_WRITE);
        ImportFormat format = ImportFiles.format(request.contentType());
        String idempotencyKey = request.idempotencyKey();
        try (ImportUpload file = ImportUpload.spool(body); Reader reader = file.reader()) {
            StartImportCommand command = new StartImportCommand(target.group(), target.audience(), format,
                    ImportFiles.rows(format, reader));
            IdempotentCreations.Route<ProspectImport> route = new IdempotentCreations.Route<>("imports", ProspectImport.class,
                    ImportResource::announce, started -> new IdempotentCreations.Answer(Response.Status.ACCEPTED,
                            ImportResponse.of(started), "/v1/accounts/" + target.group() + "/audiences/" + started.audienceId()
                                    + "/prospects/imports/" + started.id()));
            return creations.create(route, caller, target.group(), idempotencyKey,
                    target.audience() + "\n" + format.value() + "\n" + file.sha256(), () -> importProspects.start(command));
        } catch (IOException e) {
            throw new UncheckedIOException("could not close a spooled import", e);
        }
    }

    private static void announce(ApiKeyPrincipal caller, ProspectImport started) {
        LOG.info("Queued import {} of prospects into audience {} with key {}", started.id(), started.audienceId(), caller.getName());
    }

    @GET
    @Path("/{importId}")
    @Timed
    public Response get(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context) {
        ImportRequest request = new ImportRequest(context);
        ImportRequest.Target target = request.authorizeImport(caller, Permission.PROSPECTS_READ);
        return SuccessResponses.ok(ImportResponse.of(
                getImport.get(target.audience().group(), target.audience().audience(), target.id())));
    }

    @POST
    @Path("/{importId}/cancel")
    @Timed
    public Response cancel(@Auth ApiKeyPrincipal caller, @Context ContainerRequestContext context, InputStream body) {
        ImportRequest request = new ImportRequest(context);
        ImportRequest.Target target = request.authorizeImport(caller, Permission.PROSPECTS_WRITE);
        request.optionalObject(body).ifPresent(empty -> new BodyFields(empty).build(() -> null));
        ProspectImport cancelled = cancelImport.cancel(target.audience().group(), target.audience().audience(), target.id());
        LOG.info("Cancelled import {} of audience {} with key {}", target.id(), target.audience().audience(), caller.getName());
        return SuccessResponses.ok(ImportResponse.of(cancelled));
    }
}

package io.audiences.adapters.rest.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.yaml}: the OpenAPI 3.1 description of the whole API. Public. */
@Path("/openapi.yaml")
public final class OpenApiResource {

    public static final String DOCUMENT = "/io/audiences/adapters/rest/openapi.yaml";

    private final byte[] document = load();

    private static byte[] load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DOCUMENT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    public Response get() {
        return Response.ok(document, "application/yaml").build();
    }
}

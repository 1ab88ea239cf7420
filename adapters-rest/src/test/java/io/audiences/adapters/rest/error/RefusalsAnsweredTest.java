package io.audiences.adapters.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.junit.jupiter.api.Test;

/** A refusal a resource throws is answered there, without Jersey's exception path; the rest still takes it. */
class RefusalsAnsweredTest {

    @Path("/")
    public static final class Routes {

        @GET
        @Path("api/{detail}")
        public Response api(@PathParam("detail") String detail) {
            throw new ApiException(ErrorCode.MISSING_PERMISSION, detail);
        }

        @GET
        @Path("domain")
        public Response domain() {
            throw new InvalidInputException(new FieldViolation("name", "must not be blank"));
        }

        @GET
        @Path("bug")
        public Response bug() {
            throw new IllegalStateException("a bug");
        }

        @GET
        @Path("ok/{word}")
        public Response ok(@PathParam("word") String word) {
            return Response.ok(word).build();
        }

        @GET
        @Path("text")
        public String text() {
            throw new ApiException(ErrorCode.MISSING_PERMISSION, "from a method that answers no Response");
        }
    }

    /** The exceptions Jersey's own path saw: a mapped exception raises ON_EXCEPTION. */
    private final List<Throwable> jerseySaw = new CopyOnWriteArrayList<>();

    private final ApplicationHandler jersey = new ApplicationHandler(new ResourceConfig()
            .register(new Routes())
            .register(new ErrorMapper())
            .register(RefusalsAnswered.mappingWith(new ErrorMapper()))
            .register(new ApplicationEventListener() {
                @Override
                public void onEvent(ApplicationEvent event) {
                }

                @Override
                public RequestEventListener onRequest(RequestEvent start) {
                    return event -> {
                        if (event.getType() == RequestEvent.Type.ON_EXCEPTION) {
                            jerseySaw.add(event.getException());
                        }
                    };
                }
            }));

    @Test
    void theRestLayersRefusalIsAnsweredWhereItIsThrown() throws Exception {
        ContainerResponse response = get("/api/lacks%20audiences:write");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(((Envelope<?>) response.getEntity()).error().details()).isEqualTo("lacks audiences:write");
        assertThat(jerseySaw).isEmpty();
    }

    @Test
    void theDomainsRefusalIsAnsweredWhereItIsThrown() throws Exception {
        ContainerResponse response = get("/domain");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((Envelope<?>) response.getEntity()).error().code()).isEqualTo("VALIDATION_ERROR");
        assertThat(jerseySaw).isEmpty();
    }

    @Test
    void anythingElseStillTakesJerseysPathToTheMapper() throws Exception {
        assertThat(get("/bug").getStatus()).isEqualTo(500);
        assertThat(jerseySaw).singleElement().satisfies(seen -> assertThat(seen).hasRootCauseMessage("a bug"));
    }

    @Test
    void aMethodIsCalledWithItsArguments() throws Exception {
        ContainerResponse response = get("/ok/hello");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getEntity()).isEqualTo("hello");
    }

    @Test
    void aMethodThatAnswersNoResponseIsLeftToJersey() throws Exception {
        assertThat(get("/text").getStatus()).isEqualTo(403);
        assertThat(jerseySaw).hasSize(1);
    }

    private ContainerResponse get(String path) throws Exception {
        return jersey.apply(new ContainerRequest(URI.create("http://localhost/"), URI.create("http://localhost" + path), "GET",
                null, new MapPropertiesDelegate(), null)).get();
    }
}

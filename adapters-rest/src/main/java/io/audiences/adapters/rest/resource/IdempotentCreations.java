package io.audiences.adapters.rest.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.auth.Authorization;
import io.audiences.adapters.rest.error.ApiException;
import io.audiences.adapters.rest.error.Envelope;
import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.adapters.rest.trace.TraceIds;
import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import io.audiences.application.command.OutcomeKeeping;
import io.audiences.application.port.in.Idempotency;
import io.audiences.domain.DomainRefusal;
import io.audiences.domain.IdempotencyKey;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.Permission;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Creations with an optional {@code Idempotency-Key} (audience-lifecycle.md, section 6). Without the
 * header a creation runs as it always did. With it, the key is claimed first: a kept outcome is
 * replayed (same status and {@code data}/{@code error}, its {@code Location}, a new trace id,
 * {@code Idempotent-Replayed: true}); another body is 422 {@code IDEMPOTENCY_KEY_REUSED}; a running
 * first request is 409 {@code IDEMPOTENCY_KEY_IN_USE}. A 201 is kept in the creation's own
 * transaction, a 422 right after it; any other outcome frees the key.
 */
public final class IdempotentCreations {

    public static final String REPLAYED = "Idempotent-Replayed";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Idempotency idempotency;
    private final Duration retention;

    public IdempotentCreations(Idempotency idempotency, Duration retention) {
        this.idempotency = idempotency;
        this.retention = retention;
    }

    /** What a creation answers: its {@code data} and where the created thing lives. */
    record Created(Object data, String location) {
    }

    /**
     * What one creation route does beyond the steps every creation shares: its name in a key's
     * scope, the command its body asks for (or a 400 naming every problem), the creation itself
     * (keeping its outcome as the keeping says, {@code null} without a key), and the 201's
     * {@code data} and {@code Location}.
     */
    record Route<C, T>(String name, BiFunction<AccountGroupId, ObjectNode, C> command, Creator<C, T> create,
            Function<T, Created> answer) {
    }

    @FunctionalInterface
    interface Creator<C, T> {
        T create(ApiKeyPrincipal caller, C command, OutcomeKeeping<T> keeping);
    }

    /**
     * A creation route's request, in the contract's order: write access to the group (403, 404),
     * the media type (415), the {@code Idempotency-Key} (400), the body (400), then the creation,
     * once per key (a group gone meanwhile is 404).
     */
    <C, T> Response create(Route<C, T> route, ApiKeyPrincipal caller, String accountGroupId, String contentType,
            List<String> idempotencyKeys, InputStream body) {
        AccountGroupId group = Authorization.require(caller, Permission.AUDIENCES_WRITE, accountGroupId);
        RequestBodies.Creation creation = RequestBodies.creation(contentType, idempotencyKeys, body);
        C command = route.command().apply(group, creation.body());
        return create(caller, group, route.name(), creation,
                keeping -> Authorization.inExistingGroup(() -> route.create().create(caller, command, keeping)), route.answer());
    }

    /**
     * Runs {@code create} once per key: given the keeping of its outcome (or {@code null} without a
     * key), it creates and returns what it created, which {@code answer} turns into the 201.
     *
     * @param route the creation's name in the key's scope
     */
    private <T> Response create(ApiKeyPrincipal caller, AccountGroupId group, String route, RequestBodies.Creation request,
            Function<OutcomeKeeping<T>, T> create, Function<T, Created> answer) {
        if (request.idempotencyKey() == null) {
            return created(answer.apply(create.apply(null)));
        }
        IdempotencyScope scope = new IdempotencyScope(caller.key().id().value(), group, route,
                new IdempotencyKey(request.idempotencyKey()));
        IdempotencyClaim claim = idempotency.claim(scope, fingerprint(request.body()), retention);
        if (claim instanceof IdempotencyClaim.Kept kept) {
            if (!kept.sameRequest()) {
                throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "this Idempotency-Key was first sent with another body; use a new key for a new request");
            }
            return replay(kept.outcome());
        }
        if (claim instanceof IdempotencyClaim.InUse) {
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_IN_USE,
                    "the first request with this Idempotency-Key has not finished; retry shortly",
                    Map.of(HttpHeaders.RETRY_AFTER, "1"));
        }
        return runClaimed((IdempotencyClaim.Acquired) claim, create, answer);
    }

    private <T> Response runClaimed(IdempotencyClaim.Acquired claim, Function<OutcomeKeeping<T>, T> create,
            Function<T, Created> answer) {
        T created;
        try {
            created = create.apply(new OutcomeKeeping<>(claim, result -> kept(answer.apply(result))));
        } catch (DomainRefusal refusal) {
            ErrorCode code = ErrorCode.of(refusal);
            if (code.status() == 422) {
                idempotency.keep(claim, new KeptOutcome(422, json(new Envelope.Error(code.name(), code.message(),
                        refusal.details())), null));
            } else {
                forget(claim, refusal);
            }
            throw refusal;
        } catch (RuntimeException failure) {
            forget(claim, failure);
            throw failure;
        }
        return created(answer.apply(created));
    }

    private void forget(IdempotencyClaim.Acquired claim, RuntimeException failure) {
        try {
            idempotency.forget(claim);
        } catch (RuntimeException alsoFailed) {
            // The claim stays until it counts as abandoned; the original failure is what the client sees.
            failure.addSuppressed(alsoFailed);
        }
    }

    private static Response created(Created created) {
        return SuccessResponses.of(Response.Status.CREATED, created.data())
                .header(HttpHeaders.LOCATION, created.location()).build();
    }

    private static KeptOutcome kept(Created created) {
        return new KeptOutcome(201, json(created.data()), created.location());
    }

    private static Response replay(KeptOutcome outcome) {
        Object entity;
        try {
            entity = outcome.status() < 300
                    ? Envelope.ok(JSON.readTree(outcome.body()), TraceIds.current())
                    : new Envelope<>(false, null, JSON.readValue(outcome.body(), Envelope.Error.class), TraceIds.current());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept outcome is not the JSON it was kept as", e);
        }
        Response.ResponseBuilder response = Response.status(outcome.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(entity).header(REPLAYED, "true");
        if (outcome.location() != null) {
            response.header(HttpHeaders.LOCATION, outcome.location());
        }
        return response.build();
    }

    /** The body's SHA-256, compared as parsed JSON: white space and the order of keys do not matter. */
    private static String fingerprint(JsonNode body) {
        try {
            String canonical = CANONICAL.writeValueAsString(CANONICAL.treeToValue(body, Object.class));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("a parsed body can always be written back", e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response is always JSON", e);
        }
    }
}

package io.audiences.adapters.rest.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.adapters.rest.auth.Authorization;
import io.audiences.adapters.rest.error.ApiException;
import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.IdempotentRun;
import io.audiences.application.command.KeptOutcome;
import io.audiences.application.port.in.Idempotency;
import io.audiences.domain.IdempotencyKey;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.Permission;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Creations with an optional {@code Idempotency-Key} (audience-lifecycle.md, section 6). Without the
 * header a creation runs as it always did. With it, the key is claimed first: a kept outcome is
 * replayed (same status and {@code data}/{@code error}, its {@code Location}, a new trace id,
 * {@code Idempotent-Replayed: true}); another body is 422 {@code IDEMPOTENCY_KEY_REUSED}; a running
 * first request is 409 {@code IDEMPOTENCY_KEY_IN_USE}. What a creation created is kept in its own
 * transaction, a rule's refusal (a 422) right after it; any other outcome frees the key (the
 * application's {@link Idempotency} does all three). A replay is rendered here from the outcome.
 */
public final class IdempotentCreations {

    public static final String REPLAYED = "Idempotent-Replayed";

    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Idempotency idempotency;
    private final Duration retention;

    public IdempotentCreations(Idempotency idempotency, Duration retention) {
        this.idempotency = idempotency;
        this.retention = retention;
    }

    /** What a creation answers: its status, its {@code data}, and where the created thing lives ({@code null}: nowhere of its own). */
    public record Answer(Response.Status status, Object data, String location) {

        /** A 201 with a {@code Location}. */
        public static Answer created(Object data, String location) {
            return new Answer(Response.Status.CREATED, data, location);
        }
    }

    /**
     * What one creation route does beyond the steps every creation shares: its name in a key's
     * scope and what it creates, what to tell once it is committed (a log line, a metric: never for
     * a replay, never for a creation rolled back), and its answer.
     */
    public record Route<T>(String name, Class<T> type, BiConsumer<ApiKeyPrincipal, T> committed, Function<T, Answer> answer) {
    }

    /**
     * A creation in a group ({@code POST …/audiences}, {@code …/folders}), in the contract's order:
     * write access to the group (403, 404), the media type (415), the {@code Idempotency-Key} (400),
     * the body as {@code command} reads it (400), then {@code create}, once per key (a group gone
     * meanwhile is 404).
     */
    public <C, T> Response create(Route<T> route, ApiKeyPrincipal caller, CreationRequest request, InputStream body,
            BiFunction<AccountGroupId, ObjectNode, C> command, Function<C, T> create) {
        AccountGroupId group = request.authorize(caller, Permission.AUDIENCES_WRITE);
        CreationRequest.Creation creation = request.read(body);
        C read = command.apply(group, creation.body());
        return create(caller, group, route, creation.idempotencyKey(), () -> fingerprint(null, creation.body()),
                () -> Authorization.inExistingGroup(() -> create.apply(read)));
    }

    /**
     * A creation under one thing of a group (the prospects of the audience {@code target}), whose
     * route has checked the caller's access and read the request ({@link CreationRequest#read}):
     * {@code create} runs once per key, as above. A retry must name the same {@code target}: the
     * same key and body sent for another one is another request.
     */
    public <T> Response create(Route<T> route, ApiKeyPrincipal caller, AccountGroupId group, String target,
            CreationRequest.Creation creation, Supplier<T> create) {
        return create(caller, group, route, creation.idempotencyKey(),
                () -> fingerprint(target, creation.body()), create);
    }

    /**
     * As above, for a creation whose request is not JSON (an import's file): {@code fingerprint}
     * tells a retry from another request.
     */
    public <T> Response create(Route<T> route, ApiKeyPrincipal caller, AccountGroupId group, String idempotencyKey,
            String fingerprint, Supplier<T> create) {
        return create(caller, group, route, idempotencyKey, () -> fingerprint, create);
    }

    /**
     * Runs {@code create} once per key (the application keeps what it created with it, in one
     * transaction); what it created {@code answer} turns into the 201. A retry is answered from the
     * kept outcome: what was created, as it was then, or the rule's refusal.
     */
    private <T> Response create(ApiKeyPrincipal caller, AccountGroupId group, Route<T> route, String idempotencyKey,
            Supplier<String> fingerprint, Supplier<T> create) {
        if (idempotencyKey == null) {
            return committed(caller, route, create.get());
        }
        IdempotencyScope scope = new IdempotencyScope(caller.key().id().value(), group, route.name(),
                new IdempotencyKey(idempotencyKey));
        IdempotentRun<T> run = idempotency.once(scope, fingerprint.get(), retention, route.type(), create);
        if (run instanceof IdempotentRun.Ran<T> ran) {
            return committed(caller, route, ran.created());
        }
        if (run instanceof IdempotentRun.Replayed<T> replayed) {
            return replay(replayed.outcome(), route);
        }
        if (run instanceof IdempotentRun.KeyReused<T>) {
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was first sent with another body; use a new key for a new request");
        }
        throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_IN_USE,
                "the first request with this Idempotency-Key has not finished; retry shortly",
                Map.of(HttpHeaders.RETRY_AFTER, "1"));
    }

    private static <T> Response committed(ApiKeyPrincipal caller, Route<T> route, T created) {
        route.committed().accept(caller, created);
        return answer(route.answer().apply(created)).build();
    }

    private static Response.ResponseBuilder answer(Answer answer) {
        Response.ResponseBuilder response = SuccessResponses.of(answer.status(), answer.data());
        return answer.location() == null ? response : response.header(HttpHeaders.LOCATION, answer.location());
    }

    /** A kept outcome, answered again: the same status and data or error, marked as a replay. */
    private static <T> Response replay(KeptOutcome<T> outcome, Route<T> route) {
        if (outcome instanceof KeptOutcome.Created<T> kept) {
            return answer(route.answer().apply(kept.created())).header(REPLAYED, "true").build();
        }
        KeptOutcome.Refused<T> refused = (KeptOutcome.Refused<T>) outcome;
        throw new ApiException(ErrorCode.valueOf(refused.code()), refused.details(), Map.of(REPLAYED, "true"));
    }

    /**
     * The body's SHA-256, compared as parsed JSON: white space and the order of keys do not matter;
     * after the {@code target} and a line feed, when there is one.
     */
    private static String fingerprint(String target, JsonNode body) {
        try {
            String canonical = (target == null ? "" : target + "\n")
                    + CANONICAL.writeValueAsString(CANONICAL.treeToValue(body, Object.class));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("a parsed body can always be written back", e);
        }
    }
}

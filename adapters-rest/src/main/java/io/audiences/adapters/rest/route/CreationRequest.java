package io.audiences.adapters.rest.route;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.IdempotencyKey;
import io.audiences.domain.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.InputStream;
import java.util.List;

/**
 * What a creation route reads of its request besides the caller and the body: a
 * {@link GroupRequest}'s, and every {@code Idempotency-Key} header sent; and the request read in the
 * contract's order.
 */
public class CreationRequest extends GroupRequest {

    /** The header a creation's idempotency key comes in. */
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private final List<String> idempotencyKeys;

    public CreationRequest(ContainerRequestContext request) {
        super(request);
        this.idempotencyKeys = request.getHeaders().get(IDEMPOTENCY_KEY_HEADER);
    }

    /** A request as it came: the group's id and media type as sent, and each {@code Idempotency-Key} header, or {@code null}. */
    CreationRequest(String accountGroupId, String contentType, List<String> idempotencyKeys) {
        super(accountGroupId, contentType);
        this.idempotencyKeys = idempotencyKeys;
    }

    /** A creation's JSON object, and its {@code Idempotency-Key} or {@code null}. */
    public record Creation(ObjectNode body, String idempotencyKey) {
    }

    /**
     * A creation, checked in the contract's order: the media type (415), the {@code Idempotency-Key}
     * header when there is one (400 naming it; sent more than once too), then one JSON object.
     */
    public Creation read(InputStream body) {
        JsonBodies.requireJson(contentType());
        String idempotencyKey = idempotencyKey();
        return new Creation(JsonBodies.readObject(body), idempotencyKey);
    }

    /** The {@code Idempotency-Key} header, or {@code null} when none was sent (400 naming it if it is malformed or sent twice). */
    public String idempotencyKey() {
        if (idempotencyKeys == null || idempotencyKeys.isEmpty()) {
            return null;
        }
        if (idempotencyKeys.size() > 1) {
            throw new InvalidInputException(new FieldViolation(IDEMPOTENCY_KEY_HEADER, "must be sent once"));
        }
        return idempotencyKey(idempotencyKeys.get(0));
    }

    /** The header's value as the domain's key; a refusal names the header, which is what the client sent. */
    private static String idempotencyKey(String header) {
        try {
            return new IdempotencyKey(header).value();
        } catch (InvalidInputException invalid) {
            throw new InvalidInputException(invalid.violations().stream()
                    .map(violation -> new FieldViolation(IDEMPOTENCY_KEY_HEADER, violation.problem()))
                    .toList());
        }
    }
}


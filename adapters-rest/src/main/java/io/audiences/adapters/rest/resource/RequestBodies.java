package io.audiences.adapters.rest.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.command.CreateFolderCommand;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceChanges;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.folder.FolderDraft;
import io.audiences.domain.folder.FolderId;
import io.audiences.domain.folder.FolderName;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.IdempotencyKey;
import io.audiences.domain.InvalidInputException;
import java.io.InputStream;
import java.util.List;

/** Every route's body, as the domain's command or value; each names every problem at once. */
final class RequestBodies {

    /** The header a creation's idempotency key comes in. */
    static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private RequestBodies() {
    }

    /** A creation's JSON object, and its {@code Idempotency-Key} or {@code null}. */
    record Creation(ObjectNode body, String idempotencyKey) {
    }

    /**
     * A creation, checked in the contract's order: the media type (415), the {@code Idempotency-Key}
     * header when there is one (400 naming it; sent more than once too), then one JSON object.
     */
    static Creation creation(String contentType, List<String> idempotencyKeys, InputStream body) {
        JsonBodies.requireJson(contentType);
        String idempotencyKey = null;
        if (idempotencyKeys != null && !idempotencyKeys.isEmpty()) {
            if (idempotencyKeys.size() > 1) {
                throw new InvalidInputException(new FieldViolation(IDEMPOTENCY_KEY_HEADER, "must be sent once"));
            }
            idempotencyKey = idempotencyKey(idempotencyKeys.get(0));
        }
        return new Creation(JsonBodies.readObject(body), idempotencyKey);
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

    /** {@code name, description, type}. */
    static CreateAudienceCommand createAudience(AccountGroupId accountGroupId, ObjectNode body) {
        BodyFields fields = new BodyFields(body, "name", "description", "type");
        String name = fields.text("name");
        String description = fields.text("description");
        String type = fields.text("type");
        return fields.build(() -> new CreateAudienceCommand(accountGroupId, AudienceDraft.of(name, description, type)));
    }

    /** {@code name}, {@code description}, at least one; {@code type}, {@code folderId} and the rest are unknown here. */
    static AudienceChanges updateAudience(ObjectNode body) {
        BodyFields fields = new BodyFields(body, "body", "name", "description");
        String name = fields.text("name");
        String description = fields.text("description");
        return fields.build(() -> AudienceChanges.of(fields.has("name"), name, fields.has("description"), description));
    }

    /** {@code name, audienceType}. */
    static CreateFolderCommand createFolder(AccountGroupId accountGroupId, ObjectNode body) {
        BodyFields fields = new BodyFields(body, "name", "audienceType");
        String name = fields.text("name");
        String audienceType = fields.text("audienceType");
        return fields.build(() -> new CreateFolderCommand(accountGroupId, FolderDraft.of(name, audienceType)));
    }

    /** {@code name}. */
    static FolderName renameFolder(ObjectNode body) {
        BodyFields fields = new BodyFields(body, "name");
        String name = fields.text("name");
        return fields.build(() -> new FolderName(name));
    }

    /** {@code folderId}. */
    static FolderId moveToFolder(ObjectNode body) {
        BodyFields fields = new BodyFields(body, "folderId");
        String folderId = fields.text("folderId");
        return fields.build(() -> {
            if (folderId == null) {
                throw new InvalidInputException(new FieldViolation("folderId", "is required"));
            }
            return new FolderId(folderId);
        });
    }

    /** Nothing: an empty object (or no body at all, which never reaches here). */
    static void removeFromFolder(ObjectNode body) {
        new BodyFields(body).build(() -> null);
    }
}

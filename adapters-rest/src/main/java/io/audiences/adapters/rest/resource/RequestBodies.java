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

/** Every route's body, as the domain's command or value; each names every problem at once. */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * A creation's body, checked in the contract's order: the media type (415), the
     * {@code Idempotency-Key} header when there is one (400 naming it), then one JSON object.
     */
    static ObjectNode creation(String contentType, String idempotencyKey, InputStream body) {
        JsonBodies.requireJson(contentType);
        if (idempotencyKey != null) {
            new IdempotencyKey(idempotencyKey);
        }
        return JsonBodies.readObject(body);
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

package io.audiences.adapters.rest.audience;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import io.audiences.adapters.rest.route.BodyFields;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceChanges;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.folder.FolderId;

/** The audience routes' bodies, as the domain's command or value; each names every problem at once. */
final class AudienceBodies {

    private AudienceBodies() {
    }

    /** The draft's fields ({@code name, description, type}), every one a string. */
    static CreateAudienceCommand createAudience(AccountGroupId accountGroupId, ObjectNode body) {
        BodyFields fields = new BodyFields(body, AudienceDraft.FIELDS.toArray(String[]::new));
        Map<String, String> texts = fields.texts();
        return fields.build(() -> new CreateAudienceCommand(accountGroupId, AudienceDraft.of(texts)));
    }

    /** {@code name}, {@code description}, at least one; {@code type}, {@code folderId} and the rest are unknown here. */
    static AudienceChanges updateAudience(ObjectNode body) {
        BodyFields fields = new BodyFields(body, "body", "name", "description");
        String name = fields.text("name");
        String description = fields.text("description");
        return fields.build(() -> AudienceChanges.of(fields.has("name"), name, fields.has("description"), description));
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

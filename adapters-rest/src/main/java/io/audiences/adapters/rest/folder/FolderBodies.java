package io.audiences.adapters.rest.folder;

import io.audiences.domain.audience.Name;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.audiences.adapters.rest.route.BodyFields;
import io.audiences.application.command.CreateFolderCommand;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.folder.FolderDraft;

/** The folder routes' bodies, as the domain's command or value; each names every problem at once. */
final class FolderBodies {

    private FolderBodies() {
    }

    /** {@code name, audienceType}. */
    static CreateFolderCommand createFolder(AccountGroupId accountGroupId, ObjectNode body) {
        BodyFields fields = new BodyFields(body, "name", "audienceType");
        String name = fields.text("name");
        String audienceType = fields.text("audienceType");
        return fields.build(() -> new CreateFolderCommand(accountGroupId, FolderDraft.of(name, audienceType)));
    }

    /** {@code name}. */
    static Name renameFolder(ObjectNode body) {
        BodyFields fields = new BodyFields(body, "name");
        String name = fields.text("name");
        return fields.build(() -> new Name(name));
    }
}

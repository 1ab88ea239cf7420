package io.audiences.adapters.rest.folder;

import io.audiences.adapters.rest.route.Timestamps;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.audiences.domain.folder.Folder;

/** A folder as the API shows it: all seven fields, always present. */
public record FolderResponse(
        String id,
        String name,
        String audienceType,
        @JsonProperty("isPinned") boolean isPinned,
        long position,
        String createdAt,
        String updatedAt) {

    public static FolderResponse of(Folder folder) {
        return new FolderResponse(folder.id().value(), folder.name().value(), folder.audienceType().value(),
                folder.pinned(), folder.position(), Timestamps.of(folder.createdAt()), Timestamps.of(folder.updatedAt()));
    }
}

package io.audiences.adapters.rest.audience;

import io.audiences.adapters.rest.folder.FolderResponse;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.audiences.application.command.Navigation;
import java.util.List;

/** An account group's tree: its folders by position, each with its audiences, and the ungrouped audiences. */
record NavigationResponse(List<FolderNode> folders, List<AudienceResponse> ungroupedAudiences) {

    static NavigationResponse of(Navigation navigation) {
        return new NavigationResponse(navigation.folders().stream().map(FolderNode::of).toList(),
                navigation.ungrouped().stream().map(AudienceResponse::of).toList());
    }

    /** A folder's fields, then its audiences, newest first. */
    record FolderNode(
            String id,
            String name,
            String audienceType,
            @JsonProperty("isPinned") boolean isPinned,
            long position,
            String createdAt,
            String updatedAt,
            List<AudienceResponse> audiences) {

        static FolderNode of(Navigation.FolderContents contents) {
            FolderResponse folder = FolderResponse.of(contents.folder());
            return new FolderNode(folder.id(), folder.name(), folder.audienceType(), folder.isPinned(), folder.position(),
                    folder.createdAt(), folder.updatedAt(), contents.audiences().stream().map(AudienceResponse::of).toList());
        }
    }
}

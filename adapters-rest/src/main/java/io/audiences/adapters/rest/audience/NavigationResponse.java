package io.audiences.adapters.rest.audience;

import io.audiences.adapters.rest.folder.FolderResponse;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.audiences.application.command.Navigation;
import java.util.List;

/** An account group's tree: its folders by position, each with its audiences, and the ungrouped audiences. */
record NavigationResponse(List<FolderNode> folders, List<AudienceResponse> ungroupedAudiences) {

    static NavigationResponse of(Navigation navigation) {
        return new NavigationResponse(navigation.folders().stream().map(FolderNode::of).toList(),
                navigation.ungrouped().stream().map(AudienceResponse::of).toList());
    }

    /** A folder's fields, then its audiences, newest first. */
    record FolderNode(@JsonUnwrapped FolderResponse folder, List<AudienceResponse> audiences) {

        static FolderNode of(Navigation.FolderContents contents) {
            return new FolderNode(FolderResponse.of(contents.folder()),
                    contents.audiences().stream().map(AudienceResponse::of).toList());
        }
    }
}

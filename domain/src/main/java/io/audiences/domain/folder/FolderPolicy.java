package io.audiences.domain.folder;

import io.audiences.domain.RuleRefusal;
import io.audiences.domain.FolderRule;
import io.audiences.domain.audience.Audience;
import java.util.Optional;

/**
 * The contract's folder rules. A new folder is refused when the group holds {@value #MAX_FOLDERS}
 * folders ({@code FOLDER_LIMIT_REACHED}), then when its name is taken ({@code FOLDER_NAME_TAKEN}) —
 * the order of the audience rules: limits before names. Filing an audience is refused when the folder
 * is not in its group ({@code FOLDER_NOT_FOUND}), then when the folder holds another type
 * ({@code FOLDER_TYPE_MISMATCH}).
 */
public final class FolderPolicy {

    public static final int MAX_FOLDERS = 100;

    private FolderPolicy() {
    }

    /** @throws RuleRefusal carrying the first rule that refuses the new folder */
    public static void checkCreation(FolderSnapshot snapshot) {
        if (snapshot.folders() >= MAX_FOLDERS) {
            throw new RuleRefusal(FolderRule.FOLDER_LIMIT_REACHED,
                    "an account group may hold " + MAX_FOLDERS + " folders; " + snapshot.folders() + " exist");
        }
        if (snapshot.nameTaken()) {
            throw nameTaken();
        }
    }

    /** @throws RuleRefusal if another folder of the group holds the new name */
    public static void checkRename(boolean nameHeldByAnother) {
        if (nameHeldByAnother) {
            throw nameTaken();
        }
    }

    /**
     * The audience filed in {@code folder}, as found in the audience's account group (empty when it is not there).
     *
     * @throws RuleRefusal {@code FOLDER_NOT_FOUND} or {@code FOLDER_TYPE_MISMATCH}
     */
    public static Audience file(Audience audience, FolderId folderId, Optional<Folder> folder) {
        Folder target = folder.filter(found -> found.accountGroupId().equals(audience.accountGroupId()))
                .orElseThrow(() -> new RuleRefusal(FolderRule.FOLDER_NOT_FOUND,
                        "folder " + folderId + " is not in this account group"));
        if (target.audienceType() != audience.type()) {
            throw new RuleRefusal(FolderRule.FOLDER_TYPE_MISMATCH,
                    "folder " + folderId + " holds " + target.audienceType().value() + " audiences; this audience is "
                            + audience.type().value());
        }
        return audience.inFolder(folderId.value());
    }

    /**
     * The refusal for a folder name that is already taken; storage that finds the duplicate only
     * through its unique index answers with this too.
     */
    public static RuleRefusal nameTaken() {
        return new RuleRefusal(FolderRule.FOLDER_NAME_TAKEN,
                "a folder with this name already exists in the account group");
    }
}

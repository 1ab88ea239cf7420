package io.audiences.domain;

/** The contract's rules for folders and for filing audiences in them (its 422s). */
public enum FolderRule {
    FOLDER_LIMIT_REACHED,
    FOLDER_NAME_TAKEN,
    FOLDER_NOT_FOUND,
    FOLDER_TYPE_MISMATCH;

    /** The contract's error code for a refusal by this rule. */
    public String code() {
        return name();
    }
}

package io.audiences.domain;

/** The contract's rules for folders and for filing audiences in them (its 422s). */
public enum FolderRule implements Rule {
    FOLDER_LIMIT_REACHED,
    FOLDER_NAME_TAKEN,
    FOLDER_NOT_FOUND,
    FOLDER_TYPE_MISMATCH;

    @Override
    public String code() {
        return name();
    }
}

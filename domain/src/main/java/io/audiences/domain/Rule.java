package io.audiences.domain;

/** One of the contract's rules that refuse a well-formed request (its 422s), known by its code. */
public sealed interface Rule permits CreationRule, FolderRule, ProspectRule {

    /** The contract's error code for a refusal by this rule, e.g. {@code AUDIENCE_LIMIT_REACHED}. */
    String code();
}

package io.audiences.domain;

import java.util.Objects;

/** A well-formed folder change that a folder rule refuses (the contract's 422). */
public final class FolderRefusedException extends RuleRefusal {

    private static final long serialVersionUID = 1L;

    private final FolderRule rule;

    public FolderRefusedException(FolderRule rule, String details) {
        super(details);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public FolderRule rule() {
        return rule;
    }

    @Override
    public String code() {
        return rule.code();
    }
}

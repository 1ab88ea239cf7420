package io.audiences.domain;

import java.util.Objects;

/** A well-formed audience that a creation rule refuses (the contract's 422). */
public final class CreationRefusedException extends RuleRefusal {

    private static final long serialVersionUID = 1L;

    private final CreationRule rule;

    public CreationRefusedException(CreationRule rule, String details) {
        super(details);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public CreationRule rule() {
        return rule;
    }

    @Override
    public String code() {
        return rule.code();
    }
}

package io.audiences.domain;

/** The contract's creation rules, declared in the order they are evaluated. */
public enum CreationRule {
    MONITORING_NOT_AVAILABLE,
    LINKEDIN_ACCOUNT_REQUIRED,
    AUDIENCE_LIMIT_REACHED,
    MONITORING_LIMIT_REACHED,
    AUDIENCE_NAME_TAKEN;

    /** The contract's error code for a refusal by this rule. */
    public String code() {
        return name();
    }
}

package io.audiences.domain;

/** The contract's creation rules, declared in the order they are evaluated. */
public enum CreationRule implements Rule {
    MONITORING_NOT_AVAILABLE,
    LINKEDIN_ACCOUNT_REQUIRED,
    AUDIENCE_LIMIT_REACHED,
    MONITORING_LIMIT_REACHED,
    AUDIENCE_NAME_TAKEN;

    @Override
    public String code() {
        return name();
    }
}

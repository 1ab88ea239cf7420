package io.audiences.domain;

/** The contract's rules for the prospects of an audience (its 422s, reported per item of a batch or row of an import). */
public enum ProspectRule implements Rule {
    PROSPECT_LIMIT_REACHED;

    @Override
    public String code() {
        return name();
    }
}

package io.audiences.domain.prospect;

/**
 * Who a prospect is within one audience: its LinkedIn public identifier, or, without a LinkedIn
 * URL, its lower-cased email. Two prospects of one audience never share a key.
 */
public record ProspectKey(String value) {

    /**
     * The longest key: lower-casing may lengthen a text (one {@code İ} becomes two characters), so
     * a 300-character public identifier or a 254-character email stays within it.
     */
    public static final int MAX_LENGTH = 700;

    public ProspectKey {
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a prospect key is at most " + MAX_LENGTH + " characters");
        }
    }

    static ProspectKey of(LinkedinUrl linkedinUrl, Email email) {
        return linkedinUrl != null ? new ProspectKey("in:" + linkedinUrl.publicIdentifier()) : new ProspectKey("email:" + email.key());
    }
}

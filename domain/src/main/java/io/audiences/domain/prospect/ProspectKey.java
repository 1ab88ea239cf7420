package io.audiences.domain.prospect;

/**
 * Who a prospect is within one audience: its LinkedIn public identifier, or, without a LinkedIn
 * URL, its lower-cased email. Two prospects of one audience never share a key.
 */
public record ProspectKey(String value) {

    static ProspectKey of(LinkedinUrl linkedinUrl, Email email) {
        return linkedinUrl != null ? new ProspectKey("in:" + linkedinUrl.publicIdentifier()) : new ProspectKey("email:" + email.key());
    }
}

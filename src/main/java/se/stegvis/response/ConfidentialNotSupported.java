package se.stegvis.response;

import se.stegvis.shared.DomainException;

/** Confidential (encrypted) answers come with the violence screening; until then they are refused, not stored in clear. */
public class ConfidentialNotSupported extends DomainException {
    public ConfidentialNotSupported() {
        super(Kind.RULE_VIOLATED, "response.confidential-not-supported");
    }
}

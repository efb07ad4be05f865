package se.stegvis.response;

import se.stegvis.shared.DomainException;

/**
 * Confidential (encrypted) answers are never stored here: the screening feature owns them and its
 * own route (POST /api/participant/screening/responses), which encrypts before anything is written.
 */
public class ConfidentialNotSupported extends DomainException {
    public ConfidentialNotSupported() {
        super(Kind.RULE_VIOLATED, "response.confidential-not-supported");
    }
}

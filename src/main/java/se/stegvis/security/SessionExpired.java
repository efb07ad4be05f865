package se.stegvis.security;

import se.stegvis.shared.DomainException;

/** A refresh token that is unknown, expired, revoked or already used. */
public class SessionExpired extends DomainException {
    public SessionExpired() {
        super(Kind.UNAUTHENTICATED, "security.session-expired");
    }
}

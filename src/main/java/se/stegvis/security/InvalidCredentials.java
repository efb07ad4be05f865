package se.stegvis.security;

import se.stegvis.shared.DomainException;

/** Unknown user, wrong password or deactivated account: deliberately one answer for all three. */
public class InvalidCredentials extends DomainException {
    public InvalidCredentials() {
        super(Kind.UNAUTHENTICATED, "security.invalid-credentials");
    }
}

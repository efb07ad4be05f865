package se.stegvis.security;

import se.stegvis.shared.DomainException;

/** The one-time code is wrong or too old. */
public class InvalidTotp extends DomainException {
    public InvalidTotp() {
        super(Kind.UNAUTHENTICATED, "security.invalid-totp");
    }
}

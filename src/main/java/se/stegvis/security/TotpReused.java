package se.stegvis.security;

import se.stegvis.shared.DomainException;

/** The one-time code (or an older one) was already used: wait for the next code. */
public class TotpReused extends DomainException {
    public TotpReused() {
        super(Kind.UNAUTHENTICATED, "security.totp-reused");
    }
}

package se.stegvis.security;

import se.stegvis.shared.DomainException;

/**
 * The password was right and the second factor is missing. The problem code is exactly
 * {@code mfa-required}: clients show the TOTP field when they see it.
 */
public class MfaRequired extends DomainException {
    public MfaRequired() {
        super(Kind.UNAUTHENTICATED, "mfa-required");
    }
}

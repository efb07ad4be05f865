package se.stegvis.shared;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * The one place ids come from. Random (version 4) UUIDs: they reveal neither creation order nor
 * how many rows exist, which matters for participants and anything anonymous (see docs/adr).
 */
@Singleton
public class Ids {
    private final SecureRandom random = new SecureRandom();

    public UUID newId() {
        return UUID.randomUUID();
    }

    /** A URL-safe random token with the given number of bytes of entropy. */
    public String newToken(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}

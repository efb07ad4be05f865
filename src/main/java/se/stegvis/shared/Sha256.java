package se.stegvis.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * SHA-256 of a text (UTF-8), the one way Stegvis hashes: as 64 hex digits for what is stored instead of a secret
 * (refresh tokens, invitation codes, calendar tokens, idempotency keys), and as a Content-Security-Policy source
 * for an inline style.
 */
public final class Sha256 {
    private Sha256() {
    }

    /** 64 lower-case hex digits. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    /** {@code sha256-<base64>}, as a CSP {@code style-src} names an inline style. */
    public static String cspSource(String text) {
        return "sha256-" + Base64.getEncoder().encodeToString(digest(text));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}

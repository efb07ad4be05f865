package se.stegvis.security;

/**
 * The rule for every password anyone sets: at least 12 characters (counted as characters people
 * see, so å and Arabic letters count once). Length beats composition rules (NIST SP 800-63B).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** Throws {@link WeakPassword} naming {@code field} unless the password is acceptable. */
    public static void check(String field, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || password.isBlank()) {
            throw new WeakPassword(field, MIN_LENGTH);
        }
    }
}

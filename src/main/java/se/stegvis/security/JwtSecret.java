package se.stegvis.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The JWT signing secret comes from STEGVIS_JWT_SECRET. A run without one (a developer's demo)
 * gets a random secret for this process only, and the log says so: tokens then die with the
 * process and cannot be shared between instances.
 */
public final class JwtSecret {
    public static final String ENV = "STEGVIS_JWT_SECRET";
    public static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    private static final int MIN_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecret.class);

    private JwtSecret() {
    }

    /** Properties to start the application with: empty when the environment gives a good secret. */
    public static Map<String, Object> startupProperties(Map<String, String> env) {
        String configured = env.get(ENV);
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException(ENV + " must be at least " + MIN_LENGTH + " characters (256 bits)");
            }
            return Map.of();
        }
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        LOG.warn("{} is not set: using a random signing secret for this run only. Set it in production.", ENV);
        return Map.of(PROPERTY, Base64.getEncoder().encodeToString(bytes));
    }
}

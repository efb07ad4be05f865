package se.stegvis.screening;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.stegvis.shared.DemoMode;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys screening answers are encrypted with (docs/adr/0006-screening-encryption.md), from the
 * environment: {@code STEGVIS_SCREENING_KEYS} = {@code id1:base64key,id2:base64key} (AES, 128 or 256
 * bits) and {@code STEGVIS_SCREENING_ACTIVE_KEY} = the id new answers are encrypted with (default:
 * the last listed). Old keys stay listed until {@link ScreeningKeyRotation} has moved every row to
 * the active one. Without keys the embedded demo generates one for this run and says so; anywhere
 * else the application refuses to start rather than store answers it cannot protect.
 */
@Context
class ScreeningKeys {
    static final String ENV_KEYS = "STEGVIS_SCREENING_KEYS";
    static final String ENV_ACTIVE = "STEGVIS_SCREENING_ACTIVE_KEY";
    private static final Logger LOG = LoggerFactory.getLogger(ScreeningKeys.class);

    private final Map<String, SecretKey> keys;
    private final String activeId;
    private final boolean generated;

    @Inject
    ScreeningKeys(@Value("${stegvis.screening.keys:}") String keys,
                  @Value("${stegvis.screening.active-key:}") String active, DemoMode demo) {
        this(keys.isBlank() && demo.enabled() ? demoKey() : keys, keys.isBlank() ? "" : active,
                keys.isBlank() && demo.enabled());
    }

    /** For tests and the rotation: a keyring from the same notation. */
    ScreeningKeys(String keys, String active) {
        this(keys, active, false);
    }

    private ScreeningKeys(String keys, String active, boolean generated) {
        this.generated = generated;
        this.keys = parse(keys);
        if (this.keys.isEmpty()) {
            throw new IllegalStateException(ENV_KEYS + " is not set: screening answers cannot be encrypted. "
                    + "Set it (id:base64key, 256 bits) and " + ENV_ACTIVE + ", see README.");
        }
        String last = null;
        for (String id : this.keys.keySet()) {
            last = id;
        }
        this.activeId = active == null || active.isBlank() ? last : active.trim();
        if (!this.keys.containsKey(activeId)) {
            throw new IllegalStateException(ENV_ACTIVE + " names a key that is not in " + ENV_KEYS);
        }
    }

    String activeId() {
        return activeId;
    }

    SecretKey active() {
        return keys.get(activeId);
    }

    Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    /** The configured key ids, in the order listed (never the keys). */
    Set<String> ids() {
        return Collections.unmodifiableSet(keys.keySet());
    }

    /** True for the demo's key made up for this run: rows of earlier runs are expected to be unreadable. */
    boolean generated() {
        return generated;
    }

    private static String demoKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        LOG.warn("{} is not set: the demo uses a generated screening key for this run only "
                + "(screening answers stored in this run cannot be read after a restart). Set it in production.", ENV_KEYS);
        return "demo:" + Base64.getEncoder().encodeToString(bytes);
    }

    private static Map<String, SecretKey> parse(String spec) {
        Map<String, SecretKey> parsed = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String entry = part.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).trim();
            if (!id.matches("[A-Za-z0-9_.-]{1,40}")) {
                throw new IllegalStateException(ENV_KEYS + ": each entry is id:base64key with an id of 1-40 letters, digits, _ . -");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(entry.substring(colon + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(ENV_KEYS + ": key '" + id + "' is not base64");
            }
            if (key.length != 16 && key.length != 32) {
                throw new IllegalStateException(ENV_KEYS + ": key '" + id + "' must be 128 or 256 bits");
            }
            if (parsed.put(id, new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalStateException(ENV_KEYS + ": key id '" + id + "' is listed twice");
            }
        }
        return parsed;
    }
}

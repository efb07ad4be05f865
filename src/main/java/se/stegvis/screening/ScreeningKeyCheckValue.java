package se.stegvis.screening;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/**
 * A known text encrypted with one key id's key, written when Stegvis first starts with that key: the
 * startup check ({@link ScreeningKeyCheck}) tells a wrong key from damaged rows by it.
 */
@MappedEntity("screening_key_check")
record ScreeningKeyCheckValue(@Id String keyId, String checkValue, LocalDateTime createdAt) {
    private static final String TEXT = "stegvis/screening/key-check/v1";

    static ScreeningKeyCheckValue of(String keyId, SecretKey key, LocalDateTime now) {
        return new ScreeningKeyCheckValue(keyId, ScreeningCipher.encrypt(key, associatedData(keyId), TEXT), now);
    }

    /** Whether {@code key} is the key this value was written with. */
    boolean matches(SecretKey key) {
        try {
            return TEXT.equals(ScreeningCipher.decrypt(key, associatedData(keyId), checkValue));
        } catch (ScreeningUnreadable e) {
            return false;
        }
    }

    private static byte[] associatedData(String keyId) {
        return (TEXT + "|" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}

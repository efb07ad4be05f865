package se.stegvis.screening;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * AES-GCM with a fresh random 96-bit nonce per encryption and a 128-bit tag. The associated data
 * binds a payload to its row: the row id, the participant, the instrument version and the declined
 * flag, so a payload copied to another row (or a flipped flag) fails to decrypt. Stored as base64
 * of nonce followed by ciphertext and tag. Any failure to decrypt is {@link ScreeningUnreadable}:
 * fail closed, never a partial or guessed answer.
 */
final class ScreeningCipher {
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ScreeningCipher() {
    }

    /** What a payload is bound to. */
    record Binding(UUID rowId, UUID participantId, UUID instrumentVersionId, boolean declined) {
        byte[] associatedData() {
            return ("stegvis/screening/v1|" + rowId + "|" + participantId + "|" + instrumentVersionId + "|" + declined)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    static String encrypt(SecretKey key, Binding binding, String plaintext) {
        return encrypt(key, binding.associatedData(), plaintext);
    }

    static String decrypt(SecretKey key, Binding binding, String payload) {
        return decrypt(key, binding.associatedData(), payload);
    }

    static String encrypt(SecretKey key, byte[] associatedData, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    static String decrypt(SecretKey key, byte[] associatedData, String payload) {
        try {
            byte[] all = Base64.getDecoder().decode(payload);
            if (all.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new ScreeningUnreadable();
            }
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new ScreeningUnreadable();
        } catch (GeneralSecurityException e) {
            throw new ScreeningUnreadable();
        }
    }
}

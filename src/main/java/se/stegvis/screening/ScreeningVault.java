package se.stegvis.screening;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns answers into a stored payload and back: JSON, then {@link ScreeningCipher} with the active
 * key; reading picks the key by the row's key id. The only place that sees answers and keys together.
 */
@Singleton
class ScreeningVault {
    private static final Argument<Map<String, Object>> ANSWERS = Argument.mapOf(String.class, Object.class);

    private final ScreeningKeys keys;
    private final JsonMapper json;

    ScreeningVault(ScreeningKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** Key id and payload for answers bound to this row. */
    record Sealed(String keyId, String payload) {
    }

    Sealed seal(ScreeningCipher.Binding binding, Map<String, Object> answers) {
        return seal(keys, binding, answers);
    }

    Sealed seal(ScreeningKeys with, ScreeningCipher.Binding binding, Map<String, Object> answers) {
        try {
            return new Sealed(with.activeId(), ScreeningCipher.encrypt(with.active(), binding,
                    json.writeValueAsString(answers)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answers of a row, or {@link ScreeningUnreadable} when its key is unknown or the row was changed. */
    Map<String, Object> open(ScreeningRecord row) {
        return open(keys, row);
    }

    Map<String, Object> open(ScreeningKeys with, ScreeningRecord row) {
        SecretKey key = with.byId(row.keyId()).orElseThrow(ScreeningUnreadable::new);
        String plain = ScreeningCipher.decrypt(key, row.binding(), row.payload());
        try {
            return new LinkedHashMap<>(json.readValue(plain, ANSWERS));
        } catch (IOException e) {
            throw new ScreeningUnreadable();
        }
    }
}

package se.stegvis.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which Idempotency-Key values are accepted: 16–100 printable ASCII characters. */
class IdempotencyKeyTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "                    ", "too-short", "nyckel-med-åäö-0123456789", "tab\tinside-0123456789",
            "line\nbreak-0123456789"})
    void malformedKeyIsRejected(String key) {
        assertThatThrownBy(() -> IdempotencyService.checkKey(key)).isInstanceOf(IdempotencyKeyInvalid.class);
    }

    @Test
    void keyLongerThan100CharactersIsRejected() {
        assertThatThrownBy(() -> IdempotencyService.checkKey("k".repeat(101))).isInstanceOf(IdempotencyKeyInvalid.class);
        assertThat(IdempotencyService.checkKey("k".repeat(100))).hasSize(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f1c2a9e-8d4b-4c7a-9e51-0b2d6f8a1c34", "AbC_-.~0123456789", "0123456789abcdef"})
    void uuidsAndRandomTokensAreAccepted(String key) {
        assertThat(IdempotencyService.checkKey(key)).isEqualTo(key);
    }

    @Test
    void keyProblemNamesTheHeaderField() {
        assertThat(new IdempotencyKeyInvalid().fieldProblems()).singleElement()
                .satisfies(f -> assertThat(f.field()).isEqualTo("Idempotency-Key"));
    }
}

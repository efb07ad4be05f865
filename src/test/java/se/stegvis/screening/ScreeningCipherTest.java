package se.stegvis.screening;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-GCM as the screening uses it: random nonces, bound to the row, failing closed. No container. */
class ScreeningCipherTest {
    static final ScreeningKeys KEYS = new ScreeningKeys(
            "a:RoMqpNORREmH49LR0wJG9okIFl+PudwDSPr8KJh3qOA=,b:sDSFwezaTPtYgHiHNgcxSGUAq+RxFkInkHX77lHCIes=", "a");
    static final String ANSWERS = "{\"ongoing\":\"YES\",\"wants_support_now\":\"NO\"}";

    final ScreeningCipher.Binding row = new ScreeningCipher.Binding(UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), false);

    @Test
    void roundTripsAndNeverRepeatsACiphertext() {
        String first = ScreeningCipher.encrypt(KEYS.active(), row, ANSWERS);
        String second = ScreeningCipher.encrypt(KEYS.active(), row, ANSWERS);
        assertThat(first).isNotEqualTo(second).doesNotContain("YES").doesNotContain("ongoing");
        assertThat(Base64.getDecoder().decode(first)).hasSize(12 + ANSWERS.length() + 16);
        assertThat(ScreeningCipher.decrypt(KEYS.active(), row, first)).isEqualTo(ANSWERS);
    }

    @Test
    void aFlippedBitFailsClosed() {
        byte[] sealed = Base64.getDecoder().decode(ScreeningCipher.encrypt(KEYS.active(), row, ANSWERS));
        sealed[20] ^= 1;
        assertThatThrownBy(() -> ScreeningCipher.decrypt(KEYS.active(), row, Base64.getEncoder().encodeToString(sealed)))
                .isInstanceOf(ScreeningUnreadable.class);
    }

    @Test
    void aPayloadMovedToAnotherRowOrParticipantOrDeclinedFlagFailsClosed() {
        String sealed = ScreeningCipher.encrypt(KEYS.active(), row, ANSWERS);
        for (ScreeningCipher.Binding other : new ScreeningCipher.Binding[]{
                new ScreeningCipher.Binding(UUID.randomUUID(), row.participantId(), row.instrumentVersionId(), false),
                new ScreeningCipher.Binding(row.rowId(), UUID.randomUUID(), row.instrumentVersionId(), false),
                new ScreeningCipher.Binding(row.rowId(), row.participantId(), row.instrumentVersionId(), true)}) {
            assertThatThrownBy(() -> ScreeningCipher.decrypt(KEYS.active(), other, sealed))
                    .isInstanceOf(ScreeningUnreadable.class);
        }
    }

    @Test
    void theWrongKeyOrGarbageFailsClosed() {
        String sealed = ScreeningCipher.encrypt(KEYS.active(), row, ANSWERS);
        assertThatThrownBy(() -> ScreeningCipher.decrypt(KEYS.byId("b").orElseThrow(), row, sealed))
                .isInstanceOf(ScreeningUnreadable.class);
        assertThatThrownBy(() -> ScreeningCipher.decrypt(KEYS.active(), row, "not base64 at all!"))
                .isInstanceOf(ScreeningUnreadable.class);
        assertThatThrownBy(() -> ScreeningCipher.decrypt(KEYS.active(), row, "AAAA"))
                .isInstanceOf(ScreeningUnreadable.class);
    }

    @Test
    void keysComeFromIdColonBase64AndTheActiveIdMustBeListed() {
        assertThat(KEYS.activeId()).isEqualTo("a");
        assertThat(new ScreeningKeys("x:" + Base64.getEncoder().encodeToString(new byte[16]), "").activeId())
                .as("default: the last listed").isEqualTo("x");
        assertThatThrownBy(() -> new ScreeningKeys("", "")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("STEGVIS_SCREENING_KEYS");
        assertThatThrownBy(() -> new ScreeningKeys("a:" + Base64.getEncoder().encodeToString(new byte[10]), ""))
                .hasMessageContaining("128 or 256 bits");
        assertThatThrownBy(() -> new ScreeningKeys("a:" + Base64.getEncoder().encodeToString(new byte[32]), "b"))
                .hasMessageContaining("STEGVIS_SCREENING_ACTIVE_KEY");
        assertThatThrownBy(() -> new ScreeningKeys("a:%%%", "")).hasMessageContaining("not base64");
    }
}

package se.stegvis.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain unit tests: RFC 6238 appendix B test vectors (the SHA1 ones), Base32 and drift. */
class TotpTest {
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void matchesRfc6238Sha1TestVectors(long epochSeconds, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(epochSeconds));
        assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodeIsTheLastSixDigitsOfTheRfcVector() {
        String secret = Totp.base32Encode(RFC_KEY);
        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(secret, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void base32RoundTripsAndIgnoresCaseAndPadding() {
        byte[] data = {0, 1, 2, (byte) 0xfe, (byte) 0xff};
        String text = Totp.base32Encode(data);
        assertThat(Totp.base32Decode(text.toLowerCase() + "===")).containsExactly(data);
    }

    @Test
    void acceptsOneStepOfDriftEitherWayButNotTwo() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_700_000_015L);
        long step = Totp.stepAt(now);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now)).hasValue(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now)).isEmpty();
    }

    @Test
    void rejectsMalformedCodes() {
        String secret = Totp.newSecret();
        Instant now = Instant.now();
        assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "abcdef", now)).isEmpty();
    }

    @Test
    void newSecretsAre160BitsAndDiffer() {
        String a = Totp.newSecret();
        assertThat(Totp.base32Decode(a)).hasSize(20);
        assertThat(a).isNotEqualTo(Totp.newSecret());
    }

    @Test
    void otpauthUriNamesIssuerAccountAndParameters() {
        assertThat(Totp.otpauthUri("Stegvis", "anna åkesson", "ABC"))
                .isEqualTo("otpauth://totp/Stegvis:anna%20%C3%A5kesson?secret=ABC&issuer=Stegvis&algorithm=SHA1&digits=6&period=30");
    }
}

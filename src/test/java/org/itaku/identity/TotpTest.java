package org.itaku.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.itaku.testsupport.TotpCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.apache.commons.codec.binary.Base32;

class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    /** The test vectors of RFC 6238, Appendix B. */
    @ParameterizedTest(name = "T={0} {2}")
    @CsvSource({
            "59, 94287082, HmacSHA1", "59, 46119246, HmacSHA256", "59, 90693936, HmacSHA512",
            "1111111109, 07081804, HmacSHA1", "1111111109, 68084774, HmacSHA256", "1111111109, 25091201, HmacSHA512",
            "1111111111, 14050471, HmacSHA1", "1111111111, 67062674, HmacSHA256", "1111111111, 99943326, HmacSHA512",
            "1234567890, 89005924, HmacSHA1", "1234567890, 91819424, HmacSHA256", "1234567890, 93441116, HmacSHA512",
            "2000000000, 69279037, HmacSHA1", "2000000000, 90698825, HmacSHA256", "2000000000, 38618901, HmacSHA512",
            "20000000000, 65353130, HmacSHA1", "20000000000, 77737706, HmacSHA256", "20000000000, 47863826, HmacSHA512",
    })
    void matchesRfc6238(long seconds, String expected, String algorithm) {
        byte[] seed = switch (algorithm) {
            case "HmacSHA256" -> SHA256_SEED;
            case "HmacSHA512" -> SHA512_SEED;
            default -> SHA1_SEED;
        };
        assertThat(new Totp(8, algorithm).code(seed, Instant.ofEpochSecond(seconds))).isEqualTo(expected);
    }

    @Test
    void acceptsOneStepOfDriftButNeverTheSameStepTwice() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String current = totp.code(SHA1_SEED, now);
        String previous = totp.code(SHA1_SEED, now.minusSeconds(30));
        String tooOld = totp.code(SHA1_SEED, now.minusSeconds(90));

        long step = totp.matchingStep(SHA1_SEED, current, now, null).orElseThrow();
        assertThat(totp.matchingStep(SHA1_SEED, previous, now, null)).isPresent();
        assertThat(totp.matchingStep(SHA1_SEED, tooOld, now, null)).isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, current, now, step)).as("replay").isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, "12345", now, null)).isEmpty();
    }

    @Test
    void base32RoundTripsWithWhatAnAuthenticatorAppDecodes() {
        String encoded = new Base32().encodeToString(SHA1_SEED).replace("=", "");
        assertThat(encoded).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        Instant at = Instant.ofEpochSecond(59);
        assertThat(TotpCodes.code(encoded, at)).isEqualTo(Totp.standard().code(SHA1_SEED, at));
    }
}

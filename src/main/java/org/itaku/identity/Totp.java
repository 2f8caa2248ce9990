package org.itaku.identity;

import java.security.InvalidKeyException;
import java.security.Key;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/** Time-based one-time passwords (RFC 6238): 6 digits, 30-second steps, HMAC-SHA1, one step of clock drift allowed. */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);

    private final TimeBasedOneTimePasswordGenerator generator;
    private final String macAlgorithm;
    private final int digits;

    Totp(int digits, String macAlgorithm) {
        this.digits = digits;
        this.macAlgorithm = macAlgorithm;
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, macAlgorithm);
    }

    static Totp standard() {
        return new Totp(6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    String code(byte[] secret, Instant at) {
        Key key = new SecretKeySpec(secret, macAlgorithm);
        try {
            return String.format("%0" + digits + "d", generator.generateOneTimePassword(key, at));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    static long stepOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /**
     * The time step the code belongs to, if it matches the current step or a neighbour, and is later than the
     * last step already used (so an intercepted code cannot be replayed).
     */
    OptionalLong matchingStep(byte[] secret, String code, Instant now, Long lastUsedStep) {
        if (code == null || !code.strip().matches("\\d{" + digits + "}")) {
            return OptionalLong.empty();
        }
        long current = stepOf(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (lastUsedStep != null && step <= lastUsedStep) {
                continue;
            }
            String expected = code(secret, Instant.ofEpochSecond(step * STEP.getSeconds()));
            if (java.security.MessageDigest.isEqual(expected.getBytes(), code.strip().getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}

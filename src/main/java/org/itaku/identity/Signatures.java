package org.itaku.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * Signs short texts with the installation's secret key (HMAC-SHA256, one derived key per purpose), for what the
 * database alone must not be able to forge: someone who can write every table still cannot make a valid
 * signature without {@code secret.key} (or {@code itaku.secret-key}), which is kept apart from database dumps.
 */
@Component
public class Signatures {

    private final SecretBox secrets;

    Signatures(SecretBox secrets) {
        this.secrets = secrets;
    }

    public String sign(String purpose, String message) {
        return HexFormat.of().formatHex(secrets.mac(purpose, message.getBytes(StandardCharsets.UTF_8)));
    }

    /** Compares in constant time. */
    public boolean verify(String purpose, String message, String signature) {
        return signature != null && MessageDigest.isEqual(sign(purpose, message).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}

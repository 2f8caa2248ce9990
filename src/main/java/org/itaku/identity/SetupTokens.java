package org.itaku.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links for creating the first administrator. Only a SHA-256 hash of the token is stored;
 * a token is valid for 24 hours and for one use.
 */
@Component
public class SetupTokens {

    static final Duration VALIDITY = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    SetupTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO setup_token (token_hash, expires_at) VALUES (?, ?)")
                .params(hash(token), Timestamp.from(Instant.now(clock).plus(VALIDITY))).update();
        return token;
    }

    public boolean isUsable(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return jdbc.sql("""
                SELECT COUNT(*) FROM setup_token WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
                AND NOT EXISTS (SELECT 1 FROM app_user)""")
                .params(hash(token), Timestamp.from(Instant.now(clock))).query(Long.class).single() > 0;
    }

    /**
     * Marks the token used; false when it was already used, expired or unknown, or when any user exists already
     * (the link is for the very first administrator; once someone is there, e.g. through {@code admin create}, an
     * old link must not create another workspace: issue 10, finding 6). Must run in the caller's transaction.
     */
    @Transactional
    public boolean consume(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        return jdbc.sql("""
                UPDATE setup_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
                AND NOT EXISTS (SELECT 1 FROM app_user)""")
                .params(now, hash(token), now).update() == 1;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

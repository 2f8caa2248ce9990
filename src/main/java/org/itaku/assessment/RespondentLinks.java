package org.itaku.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Links that let a vendor's contact answer one questionnaire without an account. The token is 32 random bytes;
 * only its SHA-256 is stored, so neither the database nor a backup can open a questionnaire. A link opens exactly
 * one assessment, expires (at the end of the due date) and can be revoked; a token that is unknown, altered,
 * expired or revoked is answered exactly like one that never existed.
 */
@Component
class RespondentLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    RespondentLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a valid token leads. */
    record Target(long workspaceId, long assessmentId) {
    }

    /** Creates a link and returns its token: shown or mailed once, never stored. */
    String issue(long workspaceId, long assessmentId, Instant now, Instant expiresAt) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.sql("""
                INSERT INTO assessment_link (workspace_id, assessment_id, token_hash, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(workspaceId, assessmentId, hash(token), AssessmentStore.utc(now), AssessmentStore.utc(expiresAt))
                .update();
        return token;
    }

    Optional<Target> resolve(String token, Instant now) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        Optional<Target> target = jdbc.sql("""
                SELECT workspace_id, assessment_id FROM assessment_link
                WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?""")
                .params(hash(token), AssessmentStore.utc(now))
                .query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2))).optional();
        target.ifPresent(t -> jdbc.sql("UPDATE assessment_link SET last_used_at = ? WHERE token_hash = ?")
                .params(AssessmentStore.utc(now), hash(token)).update());
        return target;
    }

    /** Revokes every live link of the assessment; returns how many. */
    int revokeAll(long workspaceId, long assessmentId, Instant now) {
        return jdbc.sql("""
                UPDATE assessment_link SET revoked_at = ? WHERE workspace_id = ? AND assessment_id = ? AND revoked_at IS NULL""")
                .params(AssessmentStore.utc(now), workspaceId, assessmentId).update();
    }

    void revoke(String token, Instant now) {
        jdbc.sql("UPDATE assessment_link SET revoked_at = ? WHERE token_hash = ?").params(AssessmentStore.utc(now), hash(token)).update();
    }

    /** Live links of the assessment (for the officer's page; the tokens themselves are not known). */
    int liveCount(long workspaceId, long assessmentId, Instant now) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM assessment_link WHERE workspace_id = ? AND assessment_id = ? AND revoked_at IS NULL
                AND expires_at > ?""")
                .params(workspaceId, assessmentId, AssessmentStore.utc(now)).query(Integer.class).single();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

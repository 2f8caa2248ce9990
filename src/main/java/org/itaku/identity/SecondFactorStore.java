package org.itaku.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@link MultiFactor}: a user's sealed TOTP secret, its attempt counter and lock, and the recovery
 * codes. It decides nothing; matching codes, the lock's length and the audit events stay in {@code MultiFactor}.
 */
@Repository
class SecondFactorStore {

    private final JdbcClient jdbc;

    SecondFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean enrolled(long userId) {
        return jdbc.sql("SELECT totp_enrolled_at IS NOT NULL FROM app_user WHERE id = ?").param(userId)
                .query(Boolean.class).optional().orElse(false);
    }

    boolean requiredForAll(long workspaceId) {
        return jdbc.sql("SELECT mfa_required_for_all FROM workspace WHERE id = ?").param(workspaceId)
                .query(Boolean.class).optional().orElse(false);
    }

    void enrol(long userId, String sealedSecret, Instant at, long step) {
        jdbc.sql("UPDATE app_user SET totp_secret = ?, totp_enrolled_at = ?, totp_last_step = ? WHERE id = ?")
                .params(sealedSecret, Timestamp.from(at), step, userId).update();
    }

    /** What a check needs, with the user's row locked until the transaction ends so two checks queue. */
    record Attempt(String sealedSecret, Long lastStep, int failures, Instant lockedUntil) {
    }

    Optional<Attempt> lockForAttempt(long userId) {
        return jdbc.sql("""
                SELECT totp_secret, totp_last_step, mfa_failures, mfa_locked_until FROM app_user WHERE id = ? FOR UPDATE""")
                .param(userId)
                .query((rs, n) -> new Attempt(rs.getString(1), (Long) rs.getObject(2, Long.class), rs.getInt(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /** A right code: the step is used up, and the failures and any lock are cleared. */
    void succeeded(long userId, Long step) {
        if (step == null) {
            jdbc.sql("UPDATE app_user SET mfa_failures = 0, mfa_locked_until = NULL WHERE id = ?").param(userId).update();
        } else {
            jdbc.sql("UPDATE app_user SET totp_last_step = ?, mfa_failures = 0, mfa_locked_until = NULL WHERE id = ?")
                    .params(step, userId).update();
        }
    }

    void failed(long userId, int failures, Instant lockedUntil) {
        jdbc.sql("UPDATE app_user SET mfa_failures = ?, mfa_locked_until = ? WHERE id = ?")
                .params(failures, lockedUntil == null ? null : Timestamp.from(lockedUntil), userId).update();
    }

    Optional<Instant> lockedUntil(long userId) {
        return jdbc.sql("SELECT mfa_locked_until FROM app_user WHERE id = ?").param(userId)
                .query((rs, n) -> rs.getTimestamp(1)).optional().filter(java.util.Objects::nonNull)
                .map(Timestamp::toInstant);
    }

    /** Forgets the secret, the counter and the recovery codes: the user enrols again. */
    void reset(long userId) {
        jdbc.sql("""
                UPDATE app_user SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL, mfa_failures = 0,
                mfa_locked_until = NULL WHERE id = ?""").param(userId).update();
        deleteRecoveryCodes(userId);
    }

    void deleteRecoveryCodes(long userId) {
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
    }

    void insertRecoveryCode(long userId, String hash, String index) {
        jdbc.sql("INSERT INTO recovery_code (user_id, code_hash, code_index) VALUES (?, ?, ?)")
                .params(userId, hash, index).update();
    }

    record RecoveryCode(long id, String hash) {
    }

    /** Unused codes under this keyed index, and those issued before the index existed (which have none). */
    List<RecoveryCode> unusedRecoveryCodes(long userId, String index) {
        return jdbc.sql("""
                SELECT id, code_hash FROM recovery_code
                WHERE user_id = ? AND used_at IS NULL AND (code_index = ? OR code_index IS NULL)""")
                .params(userId, index)
                .query((rs, n) -> new RecoveryCode(rs.getLong(1), rs.getString(2))).list();
    }

    void useRecoveryCode(long id, Instant at) {
        jdbc.sql("UPDATE recovery_code SET used_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    int unusedRecoveryCodeCount(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL").param(userId)
                .query(Integer.class).single();
    }
}

package org.itaku.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@link Accounts}: users, workspaces, memberships and invitations. It decides nothing; the rules
 * (policy checks, the last administrator, who may act on whom) and the audit events stay in {@code Accounts}.
 */
@Repository
class AccountStore {

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long userCount() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    long insertUser(String email, String displayName, String passwordHash) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app_user (email, display_name, password_hash) VALUES (?, ?, ?)")
                .params(email, displayName, passwordHash).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<Long> userIdByEmail(String normalizedEmail) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(normalizedEmail).query(Long.class).optional();
    }

    boolean enabled(long userId) {
        return jdbc.sql("SELECT enabled FROM app_user WHERE id = ?").param(userId).query(Boolean.class).single();
    }

    String passwordHash(long userId) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(userId).query(String.class).single();
    }

    void setPasswordHash(long userId, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?").params(hash, userId).update();
    }

    void recordSignIn(long userId, Instant at) {
        jdbc.sql("UPDATE app_user SET last_sign_in_at = ? WHERE id = ?").params(Timestamp.from(at), userId).update();
    }

    /** Enables a disabled user and counts the day as activity, so dormancy does not disable them again at once. */
    boolean reenable(long userId, Instant at) {
        return jdbc.sql("""
                UPDATE app_user SET enabled = TRUE, disabled_reason = NULL, disabled_at = NULL,
                last_sign_in_at = ? WHERE id = ? AND enabled = FALSE""")
                .params(Timestamp.from(at), userId).update() == 1;
    }

    /** {@code reason} is ADMIN or DORMANT. */
    void disable(long userId, String reason, Instant at) {
        jdbc.sql("UPDATE app_user SET enabled = FALSE, disabled_reason = ?, disabled_at = ? WHERE id = ?")
                .params(reason, Timestamp.from(at), userId).update();
    }

    record DormancyCandidate(long userId, Instant lastActivity, int dormantDays) {
    }

    /** Every enabled user with their last activity and the shortest dormancy period among their workspaces. */
    List<DormancyCandidate> dormancyCandidates() {
        return jdbc.sql("""
                SELECT u.id, COALESCE(u.last_sign_in_at, u.created_at), MIN(w.dormant_days)
                FROM app_user u JOIN membership m ON m.user_id = u.id JOIN workspace w ON w.id = m.workspace_id
                WHERE u.enabled = TRUE GROUP BY u.id, u.last_sign_in_at, u.created_at""")
                .query((rs, n) -> new DormancyCandidate(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)))
                .list();
    }

    long insertWorkspace(String name) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO workspace (name) VALUES (?)").param(name).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    boolean workspaceExists(long workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM workspace WHERE id = ?").param(workspaceId).query(Long.class).single() > 0;
    }

    Optional<Long> workspaceNamed(String name) {
        return jdbc.sql("SELECT id FROM workspace WHERE name = ? ORDER BY id LIMIT 1").param(name).query(Long.class)
                .optional();
    }

    Optional<Accounts.WorkspacePolicy> policy(long workspaceId) {
        return jdbc.sql("""
                SELECT id, name, password_min_length, password_min_classes, mfa_required_for_all, dormant_days
                FROM workspace WHERE id = ?""").param(workspaceId)
                .query((rs, n) -> new Accounts.WorkspacePolicy(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getBoolean(5), rs.getInt(6)))
                .optional();
    }

    void updatePolicy(Accounts.WorkspacePolicy policy) {
        jdbc.sql("""
                UPDATE workspace SET password_min_length = ?, password_min_classes = ?, mfa_required_for_all = ?,
                dormant_days = ? WHERE id = ?""")
                .params(policy.passwordMinLength(), policy.passwordMinClasses(), policy.mfaRequiredForAll(),
                        policy.dormantDays(), policy.workspaceId())
                .update();
    }

    void insertMembership(long workspaceId, long userId, Role role) {
        jdbc.sql("INSERT INTO membership (workspace_id, user_id, role) VALUES (?, ?, ?)")
                .params(workspaceId, userId, role.name()).update();
    }

    Optional<Role> roleIn(long workspaceId, long userId) {
        return jdbc.sql("SELECT role FROM membership WHERE workspace_id = ? AND user_id = ?")
                .params(workspaceId, userId).query(String.class).optional().map(Role::valueOf);
    }

    void setRole(long workspaceId, long userId, Role role) {
        jdbc.sql("UPDATE membership SET role = ? WHERE workspace_id = ? AND user_id = ?")
                .params(role.name(), workspaceId, userId).update();
    }

    void deleteMembership(long workspaceId, long userId) {
        jdbc.sql("DELETE FROM membership WHERE workspace_id = ? AND user_id = ?").params(workspaceId, userId).update();
    }

    long membershipsElsewhere(long userId, long workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM membership WHERE user_id = ? AND workspace_id <> ?")
                .params(userId, workspaceId).query(Long.class).single();
    }

    long adminCount(long workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM membership WHERE workspace_id = ? AND role = 'ADMIN'")
                .param(workspaceId).query(Long.class).single();
    }

    /** The memberships of a user, oldest first. */
    List<WorkspaceMember> memberships(long userId) {
        return jdbc.sql("""
                SELECT u.id, u.email, w.id AS workspace_id, w.name, m.role
                FROM membership m JOIN app_user u ON u.id = m.user_id JOIN workspace w ON w.id = m.workspace_id
                WHERE u.id = ? ORDER BY m.created_at, w.id""")
                .param(userId)
                .query((rs, n) -> new WorkspaceMember(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        Role.valueOf(rs.getString(5))))
                .list();
    }

    List<Accounts.InventoryRow> inventory(long workspaceId) {
        return jdbc.sql("""
                SELECT u.id, u.email, u.display_name, m.role, u.last_sign_in_at, u.totp_enrolled_at IS NOT NULL,
                       u.enabled, u.disabled_reason, u.locked_until
                FROM membership m JOIN app_user u ON u.id = m.user_id
                WHERE m.workspace_id = ? ORDER BY u.email""")
                .param(workspaceId)
                .query((rs, n) -> new Accounts.InventoryRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), instant(rs.getTimestamp(5)), rs.getBoolean(6), rs.getBoolean(7),
                        rs.getString(8), instant(rs.getTimestamp(9))))
                .list();
    }

    boolean invitationPending(long workspaceId, long userId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM membership_invitation WHERE workspace_id = ? AND user_id = ? AND answered_at IS NULL""")
                .params(workspaceId, userId).query(Long.class).single() > 0;
    }

    long insertInvitation(long workspaceId, long userId, Role role) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO membership_invitation (workspace_id, user_id, role) VALUES (?, ?, ?)")
                .params(workspaceId, userId, role.name()).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<Accounts.Invitation> openInvitations(long userId) {
        return jdbc.sql("""
                SELECT i.id, w.id, w.name, i.role, i.created_at FROM membership_invitation i
                JOIN workspace w ON w.id = i.workspace_id WHERE i.user_id = ? AND i.answered_at IS NULL ORDER BY i.id""")
                .param(userId)
                .query((rs, n) -> new Accounts.Invitation(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), instant(rs.getTimestamp(5))))
                .list();
    }

    record OpenInvitation(long workspaceId, Role role) {
    }

    /** The user's own unanswered invitation, locked until the transaction ends. */
    Optional<OpenInvitation> lockOpenInvitation(long invitationId, long userId) {
        return jdbc.sql("""
                SELECT workspace_id, role FROM membership_invitation
                WHERE id = ? AND user_id = ? AND answered_at IS NULL FOR UPDATE""")
                .params(invitationId, userId)
                .query((rs, n) -> new OpenInvitation(rs.getLong(1), Role.valueOf(rs.getString(2))))
                .optional();
    }

    void answerInvitation(long invitationId, boolean accepted, Instant at) {
        jdbc.sql("UPDATE membership_invitation SET answered_at = ?, accepted = ? WHERE id = ?")
                .params(Timestamp.from(at), accepted, invitationId).update();
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}

package org.itaku.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, workspaces and memberships: the public face of the identity module. */
@Service
public class Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        this.events = events;
    }

    public record NewMember(long userId, long workspaceId) {
    }

    public long userCount() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    /**
     * Creates a workspace and its first administrator in one transaction. The password must pass the
     * policy; a rejected password leaves nothing behind.
     */
    @Transactional
    public NewMember createWorkspaceWithAdmin(String workspaceName, String email, String displayName, char[] password) {
        String normalizedEmail = normalizeEmail(email);
        requireText(workspaceName, "workspace name");
        requireText(displayName, "display name");
        passwordPolicy.check(password, normalizedEmail, workspaceName);
        if (findUserId(normalizedEmail).isPresent()) {
            throw new AccountException("account.emailTaken", normalizedEmail);
        }
        long workspaceId = createWorkspace(workspaceName);
        long userId = insertUser(normalizedEmail, displayName, password);
        addMember(workspaceId, userId, Role.ADMIN);
        events.publishEvent(IdentityEvent.of("member.create", "user", userId, workspaceId, "email", "display_name", "role"));
        return new NewMember(userId, workspaceId);
    }

    /**
     * Creates a new user who belongs to an existing workspace with the given role. An address that already has an
     * account is refused here; an administrator's page uses {@link #addOrInvite} instead, which never tells.
     */
    @Transactional
    public long createMember(long workspaceId, String email, String displayName, char[] password, Role role) {
        String normalizedEmail = normalizeEmail(email);
        requireText(displayName, "display name");
        WorkspacePolicy policy = policy(workspaceId);
        passwordPolicy.check(password, normalizedEmail, policy.name(), policy.passwordMinLength(),
                policy.passwordMinClasses());
        if (findUserId(normalizedEmail).isPresent()) {
            throw new AccountException("account.emailTaken", normalizedEmail);
        }
        long userId = insertUser(normalizedEmail, displayName, password);
        addMember(workspaceId, userId, role);
        events.publishEvent(IdentityEvent.of("member.create", "user", userId, workspaceId, "email", "display_name", "role"));
        return userId;
    }

    /** What {@link #addOrInvite} did; the administrator's page says the same thing for both (issue 10, finding 2). */
    public enum Addition {
        CREATED, INVITED
    }

    /**
     * An administrator adds someone to its workspace. A new address becomes a user of this workspace; an address
     * that already has an account (in another workspace) gets an invitation its owner accepts or declines on their
     * own account page, and nothing of that account (its workspaces, sign-ins, second factor) is shown or changed.
     * The password is checked against the policy either way, so a refusal does not tell the two apart.
     */
    @Transactional
    public Addition addOrInvite(long workspaceId, String email, String displayName, char[] password, Role role) {
        String normalizedEmail = normalizeEmail(email);
        requireText(displayName, "display name");
        WorkspacePolicy policy = policy(workspaceId);
        passwordPolicy.check(password, normalizedEmail, policy.name(), policy.passwordMinLength(),
                policy.passwordMinClasses());
        Optional<Long> existing = findUserId(normalizedEmail);
        if (existing.isEmpty()) {
            long userId = insertUser(normalizedEmail, displayName, password);
            addMember(workspaceId, userId, role);
            events.publishEvent(IdentityEvent.of("member.create", "user", userId, workspaceId, "email", "display_name", "role"));
            return Addition.CREATED;
        }
        long userId = existing.get();
        boolean member = jdbc.sql("SELECT COUNT(*) FROM membership WHERE workspace_id = ? AND user_id = ?")
                .params(workspaceId, userId).query(Long.class).single() > 0;
        boolean pending = jdbc.sql("""
                SELECT COUNT(*) FROM membership_invitation WHERE workspace_id = ? AND user_id = ? AND answered_at IS NULL""")
                .params(workspaceId, userId).query(Long.class).single() > 0;
        if (!member && !pending) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO membership_invitation (workspace_id, user_id, role) VALUES (?, ?, ?)")
                    .params(workspaceId, userId, role.name()).update(key, "id");
            events.publishEvent(IdentityEvent.of("member.invite", "invitation", key.getKeyAs(Number.class).longValue(),
                    workspaceId, "role"));
        }
        return Addition.INVITED;
    }

    /** An invitation waiting for its user: which workspace asks, for which role. */
    public record Invitation(long id, long workspaceId, String workspaceName, Role role, Instant createdAt) {
    }

    public List<Invitation> invitations(long userId) {
        return jdbc.sql("""
                SELECT i.id, w.id, w.name, i.role, i.created_at FROM membership_invitation i
                JOIN workspace w ON w.id = i.workspace_id WHERE i.user_id = ? AND i.answered_at IS NULL ORDER BY i.id""")
                .param(userId)
                .query((rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                        instant(rs.getTimestamp(5))))
                .list();
    }

    /** The invited user answers; only their own open invitation can be answered. False when there is none. */
    @Transactional
    public boolean answerInvitation(long userId, long invitationId, boolean accept) {
        record Open(long workspaceId, Role role) {
        }
        Optional<Open> open = jdbc.sql("""
                SELECT workspace_id, role FROM membership_invitation
                WHERE id = ? AND user_id = ? AND answered_at IS NULL FOR UPDATE""")
                .params(invitationId, userId).query((rs, n) -> new Open(rs.getLong(1), Role.valueOf(rs.getString(2))))
                .optional();
        if (open.isEmpty()) {
            return false;
        }
        jdbc.sql("UPDATE membership_invitation SET answered_at = ?, accepted = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now(clock)), accept, invitationId).update();
        boolean alreadyMember = jdbc.sql("SELECT COUNT(*) FROM membership WHERE workspace_id = ? AND user_id = ?")
                .params(open.get().workspaceId(), userId).query(Long.class).single() > 0;
        if (accept && !alreadyMember) {
            addMember(open.get().workspaceId(), userId, open.get().role());
        }
        events.publishEvent(IdentityEvent.of(accept ? "member.invitation-accept" : "member.invitation-decline",
                "invitation", invitationId, open.get().workspaceId(), "accepted"));
        return true;
    }

    @Transactional
    public long createWorkspace(String name) {
        requireText(name, "workspace name");
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO workspace (name) VALUES (?)").param(name.strip()).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        events.publishEvent(IdentityEvent.of("workspace.create", "workspace", id, id, "name"));
        return id;
    }

    /** Whether a workspace with this id exists (other modules ask here instead of reading the table). */
    public boolean exists(long workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM workspace WHERE id = ?").param(workspaceId).query(Long.class).single() > 0;
    }

    /** The workspace with this name, if there is one. */
    public Optional<Long> workspaceNamed(String name) {
        return jdbc.sql("SELECT id FROM workspace WHERE name = ? ORDER BY id LIMIT 1").param(name).query(Long.class)
                .optional();
    }

    void addMember(long workspaceId, long userId, Role role) {
        jdbc.sql("INSERT INTO membership (workspace_id, user_id, role) VALUES (?, ?, ?)")
                .params(workspaceId, userId, role.name()).update();
    }

    public Optional<Long> findUserId(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(normalizeEmail(email))
                .query(Long.class).optional();
    }

    /** The memberships of a user, oldest first: the first is the workspace a sign-in lands in. */
    public List<WorkspaceMember> memberships(long userId) {
        return jdbc.sql("""
                SELECT u.id, u.email, w.id AS workspace_id, w.name, m.role
                FROM membership m JOIN app_user u ON u.id = m.user_id JOIN workspace w ON w.id = m.workspace_id
                WHERE u.id = ? ORDER BY m.created_at, w.id""")
                .param(userId)
                .query((rs, n) -> new WorkspaceMember(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        Role.valueOf(rs.getString(5))))
                .list();
    }

    /**
     * The membership as long as it still works: the account enabled and the user still in the workspace. What acts
     * on a user's behalf without a sign-in (a calendar feed address) asks this on every use.
     */
    public Optional<WorkspaceMember> activeMembership(long userId, long workspaceId) {
        return memberships(userId).stream().filter(m -> m.workspaceId() == workspaceId)
                .filter(m -> jdbc.sql("SELECT enabled FROM app_user WHERE id = ?").param(userId).query(Boolean.class).single())
                .findFirst();
    }

    /** A workspace's own security settings (issue: configurable per workspace). */
    public record WorkspacePolicy(long workspaceId, String name, int passwordMinLength, int passwordMinClasses,
            boolean mfaRequiredForAll, int dormantDays) {

        public WorkspacePolicy {
            if (passwordMinLength < 8 || passwordMinLength > PasswordPolicy.MAX_LENGTH) {
                throw new IllegalArgumentException("password minimum length: between 8 and " + PasswordPolicy.MAX_LENGTH);
            }
            if (passwordMinClasses < 1 || passwordMinClasses > 4) {
                throw new IllegalArgumentException("character classes: between 1 and 4");
            }
            if (dormantDays < 30 || dormantDays > 730) {
                throw new IllegalArgumentException("dormant after: between 30 and 730 days");
            }
        }
    }

    public WorkspacePolicy policy(long workspaceId) {
        return jdbc.sql("""
                SELECT id, name, password_min_length, password_min_classes, mfa_required_for_all, dormant_days
                FROM workspace WHERE id = ?""").param(workspaceId)
                .query((rs, n) -> new WorkspacePolicy(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getBoolean(5), rs.getInt(6)))
                .optional().orElseThrow(() -> new AccountException("account.noWorkspace", String.valueOf(workspaceId)));
    }

    @Transactional
    public void updatePolicy(WorkspacePolicy policy) {
        jdbc.sql("""
                UPDATE workspace SET password_min_length = ?, password_min_classes = ?, mfa_required_for_all = ?,
                dormant_days = ? WHERE id = ?""")
                .params(policy.passwordMinLength(), policy.passwordMinClasses(), policy.mfaRequiredForAll(),
                        policy.dormantDays(), policy.workspaceId())
                .update();
        events.publishEvent(IdentityEvent.of("policy.update", "workspace", policy.workspaceId(), policy.workspaceId(),
                "password_min_length", "password_min_classes", "mfa_required_for_all", "dormant_days"));
    }

    /** One line of the account inventory (棚卸). */
    public record InventoryRow(long userId, String email, String displayName, Role role, Instant lastSignInAt,
            boolean mfaEnrolled, boolean enabled, String disabledReason, Instant lockedUntil) {
    }

    public List<InventoryRow> inventory(long workspaceId) {
        return jdbc.sql("""
                SELECT u.id, u.email, u.display_name, m.role, u.last_sign_in_at, u.totp_enrolled_at IS NOT NULL,
                       u.enabled, u.disabled_reason, u.locked_until
                FROM membership m JOIN app_user u ON u.id = m.user_id
                WHERE m.workspace_id = ? ORDER BY u.email""")
                .param(workspaceId)
                .query((rs, n) -> new InventoryRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), instant(rs.getTimestamp(5)), rs.getBoolean(6), rs.getBoolean(7),
                        rs.getString(8), instant(rs.getTimestamp(9))))
                .list();
    }

    /** Re-enables a member of this workspace that was disabled (dormant or by an administrator). */
    @Transactional
    public boolean reenable(long workspaceId, long userId) {
        requireSoleMember(workspaceId, userId);
        boolean enabled = jdbc.sql("""
                UPDATE app_user SET enabled = TRUE, disabled_reason = NULL, disabled_at = NULL,
                last_sign_in_at = ? WHERE id = ? AND enabled = FALSE""")
                .params(java.sql.Timestamp.from(Instant.now(clock)), userId).update() == 1;
        if (enabled) {
            events.publishEvent(IdentityEvent.of("user.enable", "user", userId, workspaceId, "enabled"));
        }
        return enabled;
    }

    @Transactional
    public void disable(long workspaceId, long userId) {
        requireSoleMember(workspaceId, userId);
        jdbc.sql("UPDATE app_user SET enabled = FALSE, disabled_reason = 'ADMIN', disabled_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now(clock)), userId).update();
        events.publishEvent(IdentityEvent.of("user.disable", "user", userId, workspaceId, "enabled"));
        events.publishEvent(new CredentialsChanged(userId, null));
    }

    /**
     * Takes a user out of this workspace (their account and other workspaces stay); the last administrator stays.
     * This is how an administrator parts with someone who also belongs elsewhere.
     */
    @Transactional
    public void removeMember(long workspaceId, long userId) {
        Role role = requireMember(workspaceId, userId);
        if (role == Role.ADMIN && adminCount(workspaceId) <= 1) {
            throw new AccountException("account.lastAdmin", null);
        }
        jdbc.sql("DELETE FROM membership WHERE workspace_id = ? AND user_id = ?").params(workspaceId, userId).update();
        events.publishEvent(IdentityEvent.of("member.remove", "user", userId, workspaceId, "role"));
        events.publishEvent(new CredentialsChanged(userId, workspaceId));
    }

    /**
     * Account-wide actions (disable, enable, second-factor reset) belong to a workspace's administrator only for
     * users who belong to that workspace alone: one workspace's administrator never acts on another's user
     * (issue 10, finding 2). For someone who also belongs elsewhere, {@link #removeMember} is the way.
     */
    public void requireSoleMember(long workspaceId, long userId) {
        requireMember(workspaceId, userId);
        long elsewhere = jdbc.sql("SELECT COUNT(*) FROM membership WHERE user_id = ? AND workspace_id <> ?")
                .params(userId, workspaceId).query(Long.class).single();
        if (elsewhere > 0) {
            throw new AccountException("account.sharedUser", String.valueOf(userId));
        }
    }

    private long adminCount(long workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM membership WHERE workspace_id = ? AND role = 'ADMIN'")
                .param(workspaceId).query(Long.class).single();
    }

    /** Changes a member's role; the last administrator of a workspace cannot be demoted. */
    @Transactional
    public Role changeRole(long workspaceId, long userId, Role role) {
        Role before = requireMember(workspaceId, userId);
        if (before == Role.ADMIN && role != Role.ADMIN && adminCount(workspaceId) <= 1) {
            throw new AccountException("account.lastAdmin", null);
        }
        jdbc.sql("UPDATE membership SET role = ? WHERE workspace_id = ? AND user_id = ?")
                .params(role.name(), workspaceId, userId).update();
        events.publishEvent(IdentityEvent.of("member.role-change", "user", userId, workspaceId, "role"));
        if (before != role) {
            events.publishEvent(new CredentialsChanged(userId, workspaceId));
        }
        return before;
    }

    /**
     * Disables every enabled account with no sign-in (or, never signed in, no creation) within the dormancy period
     * of the strictest workspace it belongs to. Returns the ids disabled.
     */
    @Transactional
    public List<Long> disableDormant() {
        Instant now = Instant.now(clock);
        record Candidate(long id, Instant lastActivity, int dormantDays) {
        }
        List<Candidate> candidates = jdbc.sql("""
                SELECT u.id, COALESCE(u.last_sign_in_at, u.created_at), MIN(w.dormant_days)
                FROM app_user u JOIN membership m ON m.user_id = u.id JOIN workspace w ON w.id = m.workspace_id
                WHERE u.enabled = TRUE GROUP BY u.id, u.last_sign_in_at, u.created_at""")
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3))).list();
        List<Long> disabled = new java.util.ArrayList<>();
        for (Candidate c : candidates) {
            if (c.lastActivity().plus(java.time.Duration.ofDays(c.dormantDays())).isBefore(now)) {
                jdbc.sql("UPDATE app_user SET enabled = FALSE, disabled_reason = 'DORMANT', disabled_at = ? WHERE id = ?")
                        .params(java.sql.Timestamp.from(now), c.id()).update();
                events.publishEvent(IdentityEvent.of("user.disable-dormant", "user", c.id(), null, "enabled"));
                events.publishEvent(new CredentialsChanged(c.id(), null));
                disabled.add(c.id());
            }
        }
        return disabled;
    }

    private Role requireMember(long workspaceId, long userId) {
        return jdbc.sql("SELECT role FROM membership WHERE workspace_id = ? AND user_id = ?")
                .params(workspaceId, userId).query(String.class).optional().map(Role::valueOf)
                .orElseThrow(() -> new AccountException("account.notMember", String.valueOf(userId)));
    }

    private static Instant instant(java.sql.Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    void recordSignIn(long userId) {
        jdbc.sql("UPDATE app_user SET last_sign_in_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now(clock)), userId).update();
    }

    /**
     * A user changes their own password: the current one must be given (a session left open on a shared desk is not
     * enough), the new one must pass the workspace's policy and differ from the current one. Audited without either.
     */
    @Transactional
    public void changePassword(WorkspaceMember member, char[] current, char[] next, char[] confirmation) {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(member.userId())
                .query(String.class).single();
        if (current == null || !passwordEncoder.matches(new String(current), hash)) {
            throw new AccountException("password.currentWrong", null);
        }
        if (!java.util.Arrays.equals(next, confirmation)) {
            throw new AccountException("password.MISMATCH", null);
        }
        if (java.util.Arrays.equals(current, next)) {
            throw new AccountException("password.sameAsCurrent", null);
        }
        WorkspacePolicy policy = policy(member.workspaceId());
        passwordPolicy.check(next, member.email(), policy.name(), policy.passwordMinLength(), policy.passwordMinClasses());
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?")
                .params(passwordEncoder.encode(new String(next)), member.userId()).update();
        events.publishEvent(IdentityEvent.of("password.change", "user", member.userId(), member.workspaceId(), "password_hash"));
    }

    private long insertUser(String email, String displayName, char[] password) {
        String hash = passwordEncoder.encode(new String(password));
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app_user (email, display_name, password_hash) VALUES (?, ?, ?)")
                .params(email, displayName.strip(), hash).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    static String normalizeEmail(String email) {
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new AccountException("account.badEmail", String.valueOf(email));
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new AccountException("account.required", field);
        }
    }
}

package org.itaku.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
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
        return new NewMember(userId, workspaceId);
    }

    /** Creates a user who belongs to an existing workspace with the given role. */
    @Transactional
    public long createMember(long workspaceId, String email, String displayName, char[] password, Role role) {
        String normalizedEmail = normalizeEmail(email);
        requireText(displayName, "display name");
        String workspaceName = jdbc.sql("SELECT name FROM workspace WHERE id = ?").param(workspaceId)
                .query(String.class).optional()
                .orElseThrow(() -> new AccountException("account.noWorkspace", String.valueOf(workspaceId)));
        passwordPolicy.check(password, normalizedEmail, workspaceName);
        long userId = findUserId(normalizedEmail).orElseGet(() -> insertUser(normalizedEmail, displayName, password));
        addMember(workspaceId, userId, role);
        return userId;
    }

    @Transactional
    public long createWorkspace(String name) {
        requireText(name, "workspace name");
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO workspace (name) VALUES (?)").param(name.strip()).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
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

    void recordSignIn(long userId) {
        jdbc.sql("UPDATE app_user SET last_sign_in_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now(clock)), userId).update();
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

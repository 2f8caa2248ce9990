package org.itaku.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, workspaces and memberships: the public face of the identity module. */
@Service
public class Accounts {

    private final AccountStore store;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Accounts(AccountStore store, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        this.events = events;
    }

    public record NewMember(long userId, long workspaceId) {
    }

    public long userCount() {
        return store.userCount();
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
        boolean member = store.roleIn(workspaceId, userId).isPresent();
        if (!member && !store.invitationPending(workspaceId, userId)) {
            long invitationId = store.insertInvitation(workspaceId, userId, role);
            events.publishEvent(IdentityEvent.of("member.invite", "invitation", invitationId, workspaceId, "role"));
        }
        return Addition.INVITED;
    }

    /** An invitation waiting for its user: which workspace asks, for which role. */
    public record Invitation(long id, long workspaceId, String workspaceName, Role role, Instant createdAt) {
    }

    public List<Invitation> invitations(long userId) {
        return store.openInvitations(userId);
    }

    /** The invited user answers; only their own open invitation can be answered. False when there is none. */
    @Transactional
    public boolean answerInvitation(long userId, long invitationId, boolean accept) {
        Optional<AccountStore.OpenInvitation> open = store.lockOpenInvitation(invitationId, userId);
        if (open.isEmpty()) {
            return false;
        }
        store.answerInvitation(invitationId, accept, Instant.now(clock));
        boolean alreadyMember = store.roleIn(open.get().workspaceId(), userId).isPresent();
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
        long id = store.insertWorkspace(name.strip());
        events.publishEvent(IdentityEvent.of("workspace.create", "workspace", id, id, "name"));
        return id;
    }

    /** Whether a workspace with this id exists (other modules ask here instead of reading the table). */
    public boolean exists(long workspaceId) {
        return store.workspaceExists(workspaceId);
    }

    /** The workspace with this name, if there is one. */
    public Optional<Long> workspaceNamed(String name) {
        return store.workspaceNamed(name);
    }

    void addMember(long workspaceId, long userId, Role role) {
        store.insertMembership(workspaceId, userId, role);
    }

    public Optional<Long> findUserId(String email) {
        return store.userIdByEmail(normalizeEmail(email));
    }

    /** The memberships of a user, oldest first: the first is the workspace a sign-in lands in. */
    public List<WorkspaceMember> memberships(long userId) {
        return store.memberships(userId);
    }

    /**
     * The membership as long as it still works: the account enabled and the user still in the workspace. What acts
     * on a user's behalf without a sign-in (a calendar feed address) asks this on every use.
     */
    public Optional<WorkspaceMember> activeMembership(long userId, long workspaceId) {
        return memberships(userId).stream().filter(m -> m.workspaceId() == workspaceId)
                .filter(m -> store.enabled(userId))
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
        return store.policy(workspaceId).orElseThrow(() -> new AccountException("account.noWorkspace", String.valueOf(workspaceId)));
    }

    @Transactional
    public void updatePolicy(WorkspacePolicy policy) {
        store.updatePolicy(policy);
        events.publishEvent(IdentityEvent.of("policy.update", "workspace", policy.workspaceId(), policy.workspaceId(),
                "password_min_length", "password_min_classes", "mfa_required_for_all", "dormant_days"));
    }

    /** One line of the account inventory (棚卸). */
    public record InventoryRow(long userId, String email, String displayName, Role role, Instant lastSignInAt,
            boolean mfaEnrolled, boolean enabled, String disabledReason, Instant lockedUntil) {
    }

    public List<InventoryRow> inventory(long workspaceId) {
        return store.inventory(workspaceId);
    }

    /** Re-enables a member of this workspace that was disabled (dormant or by an administrator). */
    @Transactional
    public boolean reenable(long workspaceId, long userId) {
        requireSoleMember(workspaceId, userId);
        boolean enabled = store.reenable(userId, Instant.now(clock));
        if (enabled) {
            events.publishEvent(IdentityEvent.of("user.enable", "user", userId, workspaceId, "enabled"));
        }
        return enabled;
    }

    @Transactional
    public void disable(long workspaceId, long userId) {
        requireSoleMember(workspaceId, userId);
        store.disable(userId, "ADMIN", Instant.now(clock));
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
        if (role == Role.ADMIN && store.adminCount(workspaceId) <= 1) {
            throw new AccountException("account.lastAdmin", null);
        }
        store.deleteMembership(workspaceId, userId);
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
        if (store.membershipsElsewhere(userId, workspaceId) > 0) {
            throw new AccountException("account.sharedUser", String.valueOf(userId));
        }
    }

    /** Changes a member's role; the last administrator of a workspace cannot be demoted. */
    @Transactional
    public Role changeRole(long workspaceId, long userId, Role role) {
        Role before = requireMember(workspaceId, userId);
        if (before == Role.ADMIN && role != Role.ADMIN && store.adminCount(workspaceId) <= 1) {
            throw new AccountException("account.lastAdmin", null);
        }
        store.setRole(workspaceId, userId, role);
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
        List<Long> disabled = new java.util.ArrayList<>();
        for (AccountStore.DormancyCandidate c : store.dormancyCandidates()) {
            if (c.lastActivity().plus(java.time.Duration.ofDays(c.dormantDays())).isBefore(now)) {
                store.disable(c.userId(), "DORMANT", now);
                events.publishEvent(IdentityEvent.of("user.disable-dormant", "user", c.userId(), null, "enabled"));
                events.publishEvent(new CredentialsChanged(c.userId(), null));
                disabled.add(c.userId());
            }
        }
        return disabled;
    }

    private Role requireMember(long workspaceId, long userId) {
        return store.roleIn(workspaceId, userId).orElseThrow(() -> new AccountException("account.notMember", String.valueOf(userId)));
    }

    void recordSignIn(long userId) {
        store.recordSignIn(userId, Instant.now(clock));
    }

    /**
     * A user changes their own password: the current one must be given (a session left open on a shared desk is not
     * enough), the new one must pass the workspace's policy and differ from the current one. Audited without either.
     */
    @Transactional
    public void changePassword(WorkspaceMember member, char[] current, char[] next, char[] confirmation) {
        String hash = store.passwordHash(member.userId());
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
        store.setPasswordHash(member.userId(), passwordEncoder.encode(new String(next)));
        events.publishEvent(IdentityEvent.of("password.change", "user", member.userId(), member.workspaceId(), "password_hash"));
    }

    private long insertUser(String email, String displayName, char[] password) {
        return store.insertUser(email, displayName.strip(), passwordEncoder.encode(new String(password)));
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

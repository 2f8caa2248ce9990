package org.itaku.audit;

import java.util.List;
import java.util.Optional;

import org.itaku.identity.AccountException;
import org.itaku.identity.Accounts;
import org.itaku.identity.MfaPending;
import org.itaku.identity.WorkspaceMember;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes every sign-in, failed sign-in and sign-out to the trail, from Spring Security's own events.
 * <p>
 * At sign-in the security context is not set yet, so workspace and actor come from the authentication
 * in the event. A failed sign-in of a known user goes to the chain of every workspace the user belongs
 * to (each administrator should see attacks on their members); one of an unknown name goes to the
 * system chain. The attempted name is kept only when it looks like an e-mail address: people sometimes
 * type their password into the name field, and that must not end up in the trail.
 */
@Component
class SignInAuditor {

    static final String SIGN_IN = "sign-in";
    static final String SIGN_IN_FAILED = "sign-in.failed";
    static final String SIGN_IN_MFA_PENDING = "sign-in.mfa-pending";
    static final String SIGN_OUT = "sign-out";
    static final String USER = "user";

    private final AuditTrail trail;
    private final Accounts accounts;

    SignInAuditor(AuditTrail trail, Accounts accounts) {
        this.trail = trail;
        this.accounts = accounts;
    }

    /**
     * A password accepted. When a second factor is still due, the session is not signed in yet: that is
     * recorded as {@code sign-in.mfa-pending} in the workspace the user will land in; completing the second
     * factor is recorded by whoever checks it.
     */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        Optional<MfaPending> pending = auth.getAuthorities().stream().filter(MfaPending.class::isInstance)
                .map(MfaPending.class::cast).findFirst();
        if (pending.isPresent()) {
            WorkspaceMember target = pending.get().target();
            trail.record(withDetails(AuditEvent.of(SIGN_IN_MFA_PENDING), auth).inWorkspace(target.workspaceId())
                    .by(target.userId(), target.email()).target(USER, target.userId()));
            return;
        }
        trail.record(forMember(AuditEvent.of(SIGN_IN), auth));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String name = attempt.getName();
        Optional<Long> userId = knownUser(name);
        List<WorkspaceMember> memberships = userId.map(accounts::memberships).orElse(List.of());
        AuditEvent base = withDetails(AuditEvent.of(SIGN_IN_FAILED), attempt);
        if (memberships.isEmpty()) {
            String email = looksLikeEmail(name) ? name : null;
            AuditEvent e = base.by(userId.orElse(null), email);
            trail.record(userId.isPresent() ? e.target(USER, userId.get()) : e);
            return;
        }
        for (WorkspaceMember member : memberships) {
            trail.record(base.inWorkspace(member.workspaceId()).by(member.userId(), member.email())
                    .target(USER, member.userId()));
        }
    }

    @EventListener
    void onSignOut(LogoutSuccessEvent event) {
        trail.record(forMember(AuditEvent.of(SIGN_OUT), event.getAuthentication()));
    }

    private AuditEvent forMember(AuditEvent event, Authentication auth) {
        AuditEvent e = withDetails(event, auth);
        Optional<WorkspaceMember> member = auth.getAuthorities().stream().filter(WorkspaceMember.class::isInstance)
                .map(WorkspaceMember.class::cast).findFirst();
        if (member.isPresent()) {
            return e.inWorkspace(member.get().workspaceId()).by(member.get().userId(), member.get().email())
                    .target(USER, member.get().userId());
        }
        Optional<Long> userId = knownUser(auth.getName());
        return e.by(userId.orElse(null), auth.getName());
    }

    /** The address from the authentication details when no current request can tell (it normally can). */
    private static AuditEvent withDetails(AuditEvent event, Authentication auth) {
        if (AuditTrail.currentRequest().isEmpty() && auth.getDetails() instanceof WebAuthenticationDetails details) {
            return event.from(details.getRemoteAddress(), null);
        }
        return event;
    }

    private Optional<Long> knownUser(String name) {
        if (!looksLikeEmail(name)) {
            return Optional.empty();
        }
        try {
            return accounts.findUserId(name);
        } catch (AccountException e) {
            return Optional.empty();
        }
    }

    private static boolean looksLikeEmail(String name) {
        return name != null && name.length() <= AuditEvent.MAX_EMAIL && name.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }
}

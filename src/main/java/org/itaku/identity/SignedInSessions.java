package org.itaku.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns a session into a fully signed-in one for a given workspace (after the second factor, or when the user
 * switches workspace), with a new session id each time, and ends every session of a user on request.
 */
@Component
public class SignedInSessions {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SessionRegistry registry;
    private final DeviceCertificates devices;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    SignedInSessions(SessionRegistry registry, DeviceCertificates devices, ApplicationEventPublisher events,
            JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.devices = devices;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static List<GrantedAuthority> authoritiesFor(WorkspaceMember member) {
        return List.of(new SimpleGrantedAuthority(member.role().authority()), member);
    }

    /** Fully signs in to the member's workspace; refused when that workspace requires a device this request lacks. */
    public void establish(HttpServletRequest request, HttpServletResponse response, WorkspaceMember member) {
        if (!devices.admits(request, member.workspaceId())) {
            throw new DeviceRequiredException();
        }
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        Authentication full = UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null,
                authoritiesFor(member));
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    /** The workspace accepts sign-in only from a device holding one of its certificates. */
    public static class DeviceRequiredException extends org.springframework.security.access.AccessDeniedException {
        public DeviceRequiredException() {
            super("a device certificate of this workspace is required");
        }
    }

    /**
     * A user was disabled, lost their second factor or changed role or password: every session of theirs ends now
     * (the next request of each is signed out), whichever node holds it when the registry is shared, and their
     * tokens are revoked (issue 10, finding 5). The registry finds sessions by user name, so a lookup key with the
     * e-mail address is enough.
     */
    @EventListener
    void on(CredentialsChanged changed) {
        jdbc.sql("SELECT email FROM app_user WHERE id = ?").param(changed.userId()).query(String.class).optional()
                .ifPresent(email -> registry.getAllSessions(User.withUsername(email).password("").build(), true)
                        .forEach(SessionInformation::expireNow));
        Timestamp now = Timestamp.from(Instant.now(clock));
        if (changed.workspaceId() == null) {
            jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
                    .params(now, changed.userId()).update();
        } else {
            jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND workspace_id = ? AND revoked_at IS NULL")
                    .params(now, changed.userId(), changed.workspaceId()).update();
        }
    }

    /** Expires every session of the user, this one included ("sign out everywhere"); the trail records it. */
    public int endAll(Object principal, WorkspaceMember member) {
        var sessions = registry.getAllSessions(principal, false);
        sessions.forEach(info -> info.expireNow());
        events.publishEvent(IdentityEvent.of("sign-out.everywhere", "user", member.userId(), member.workspaceId()));
        return sessions.size();
    }
}

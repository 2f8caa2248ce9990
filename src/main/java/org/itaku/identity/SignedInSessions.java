package org.itaku.identity;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
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

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    static List<GrantedAuthority> authoritiesFor(WorkspaceMember member) {
        return List.of(new SimpleGrantedAuthority(member.role().authority()), member);
    }

    public void establish(HttpServletRequest request, HttpServletResponse response, WorkspaceMember member) {
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

    /** Expires every session of the user, this one included ("sign out everywhere"). */
    public int endAll(Object principal) {
        var sessions = registry.getAllSessions(principal, false);
        sessions.forEach(info -> info.expireNow());
        return sessions.size();
    }
}

package org.itaku.identity.web;

import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the signed-in user's roles let a page show (menus, forms), worked out once per request:
 * {@code ${@navigation.current().writer}} instead of {@code sec:authorize="hasAnyRole(...)"}. Each {@code sec:authorize}
 * builds and evaluates a Spring Security expression of its own, 11 % of the dashboard's and incident page's request
 * time in the load run's profile (seven in the layout, two per party on an incident page). Showing is not allowing:
 * every action is still checked by the security configuration and the module behind it.
 */
@Component("navigation")
public class Navigation {

    private static final String ATTRIBUTE = Navigation.class.getName();

    /** The user's reach: the same answers as {@code isAuthenticated()} and {@code hasAnyRole(...)} would give. */
    public record Shown(boolean signedIn, boolean reader, boolean writer, boolean officer, boolean vendor,
            boolean adminOrAuditor, boolean admin) {
    }

    public Shown current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Shown kept) {
            return kept;
        }
        Shown shown = of(SecurityContextHolder.getContext().getAuthentication());
        if (request != null) {
            request.setAttribute(ATTRIBUTE, shown, RequestAttributes.SCOPE_REQUEST);
        }
        return shown;
    }

    static Shown of(Authentication authentication) {
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        Set<String> roles = authentication == null ? Set.of() : AuthorityUtils.authorityListToSet(authentication.getAuthorities());
        boolean admin = roles.contains("ROLE_ADMIN");
        boolean officer = admin || roles.contains("ROLE_OFFICER");
        boolean writer = officer || roles.contains("ROLE_STAFF");
        boolean auditor = roles.contains("ROLE_AUDITOR");
        return new Shown(signedIn, writer || auditor, writer, officer, roles.contains("ROLE_VENDOR_RESPONDENT"),
                admin || auditor, admin);
    }
}

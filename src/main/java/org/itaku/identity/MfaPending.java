package org.itaku.identity;

import org.springframework.security.core.GrantedAuthority;

/**
 * The only authority of a session that has passed the password but not yet the second factor. It remembers
 * where the user will land once the code is checked; it opens nothing but the MFA pages.
 */
public record MfaPending(Step step, WorkspaceMember target) implements GrantedAuthority {

    public enum Step {
        /** The user has an authenticator: enter a code. */
        VERIFY,
        /** MFA is required for this role or workspace but not yet set up: enrol first. */
        ENROL
    }

    @Override
    public String getAuthority() {
        return "MFA_" + step.name();
    }
}

package org.itaku.identity;

import java.util.Objects;

import org.springframework.security.core.GrantedAuthority;

/**
 * The workspace a signed-in user is acting in, with the user's role there. It travels inside the
 * Authentication as one of its authorities, so every request knows its tenant without a lookup.
 */
public record WorkspaceMember(long userId, String email, long workspaceId, String workspaceName, Role role)
        implements GrantedAuthority {

    public WorkspaceMember {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(workspaceName, "workspaceName");
        Objects.requireNonNull(role, "role");
    }

    @Override
    public String getAuthority() {
        return "WORKSPACE_" + workspaceId;
    }

    public boolean hasAnyRole(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }
}

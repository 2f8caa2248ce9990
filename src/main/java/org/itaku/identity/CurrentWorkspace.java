package org.itaku.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.AccessDeniedException;

/** Where modules ask who is acting, and in which workspace. Every workspace-scoped query starts here. */
public final class CurrentWorkspace {

    private CurrentWorkspace() {
    }

    public static Optional<WorkspaceMember> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        return auth.getAuthorities().stream()
                .filter(WorkspaceMember.class::isInstance)
                .map(WorkspaceMember.class::cast)
                .findFirst();
    }

    /** The acting member; refuses access when the request is not bound to a workspace. */
    public static WorkspaceMember require() {
        return find().orElseThrow(() -> new AccessDeniedException("no workspace selected"));
    }

    public static long id() {
        return require().workspaceId();
    }
}

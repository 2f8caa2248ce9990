package org.itaku.identity.web;

import org.itaku.identity.Accounts;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.SignedInSessions;
import org.itaku.identity.WorkspaceMember;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Switching between the workspaces a user belongs to, and signing out of every session at once. */
@Controller
class WorkspaceController {

    private final Accounts accounts;
    private final SignedInSessions sessions;

    WorkspaceController(Accounts accounts, SignedInSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @PostMapping("/workspace/switch")
    String switchTo(@RequestParam long workspaceId, HttpServletRequest request, HttpServletResponse response) {
        WorkspaceMember current = CurrentWorkspace.require();
        WorkspaceMember target = accounts.memberships(current.userId()).stream()
                .filter(m -> m.workspaceId() == workspaceId).findFirst()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not a member"));
        sessions.establish(request, response, target);
        return "redirect:/";
    }

    @PostMapping("/account/sign-out-everywhere")
    String signOutEverywhere() {
        sessions.endAll(SecurityContextHolder.getContext().getAuthentication().getPrincipal(), CurrentWorkspace.require());
        SecurityContextHolder.clearContext();
        return "redirect:/login?signedOut";
    }
}

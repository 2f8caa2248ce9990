package org.itaku.identity.web;

import org.itaku.identity.AccountException;
import org.itaku.identity.Accounts;
import org.itaku.identity.ApiTokens;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.SignedInSessions;
import org.itaku.identity.WorkspaceMember;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;

/**
 * A signed-in user changes their own password; the other sessions of that user end, this one stays, and the
 * user's access tokens are revoked.
 */
@Controller
class PasswordController {

    private final Accounts accounts;
    private final SignedInSessions sessions;
    private final ApiTokens tokens;

    PasswordController(Accounts accounts, SignedInSessions sessions, ApiTokens tokens) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("policy", accounts.policy(CurrentWorkspace.id()));
        return "identity/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam String current, @RequestParam String password, @RequestParam String confirmation,
            HttpSession session, Model model, RedirectAttributes redirect) {
        WorkspaceMember member = CurrentWorkspace.require();
        try {
            accounts.changePassword(member, current.toCharArray(), password.toCharArray(), confirmation.toCharArray());
        } catch (AccountException e) {
            model.addAttribute("errors", e.codes());
            return form(model);
        }
        int ended = sessions.endOthers(SecurityContextHolder.getContext().getAuthentication().getPrincipal(), session.getId());
        int revoked = tokens.revokeAllOf(member);
        redirect.addFlashAttribute("passwordChanged", ended);
        redirect.addFlashAttribute("tokensRevoked", revoked);
        return "redirect:/account";
    }
}

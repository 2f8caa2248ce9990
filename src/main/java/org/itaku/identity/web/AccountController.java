package org.itaku.identity.web;

import java.time.Duration;

import org.itaku.identity.Accounts;
import org.itaku.identity.ApiTokens;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.MultiFactor;
import org.itaku.identity.WorkspaceMember;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: second factor state and personal access tokens. */
@Controller
class AccountController {

    private final ApiTokens tokens;
    private final MultiFactor multiFactor;
    private final Accounts accounts;

    AccountController(ApiTokens tokens, MultiFactor multiFactor, Accounts accounts) {
        this.tokens = tokens;
        this.multiFactor = multiFactor;
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account(Model model) {
        WorkspaceMember me = CurrentWorkspace.require();
        model.addAttribute("mfaEnrolled", multiFactor.isEnrolled(me.userId()));
        model.addAttribute("recoveryLeft", multiFactor.unusedRecoveryCodes(me.userId()));
        model.addAttribute("tokens", tokens.list(me));
        model.addAttribute("invitations", accounts.invitations(me.userId()));
        return "identity/account";
    }

    /** The invited user joins (or declines) another workspace; only their own invitations can be answered. */
    @PostMapping("/account/invitations/{id}/{answer:accept|decline}")
    String answer(@PathVariable long id, @PathVariable String answer, RedirectAttributes redirect) {
        boolean accept = answer.equals("accept");
        if (accounts.answerInvitation(CurrentWorkspace.require().userId(), id, accept)) {
            redirect.addFlashAttribute("invitationMessage", accept ? "account.invitationAccepted" : "account.invitationDeclined");
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam String name, @RequestParam ApiTokens.Scope scope, @RequestParam(defaultValue = "90") int days,
            RedirectAttributes redirect) {
        try {
            ApiTokens.Issued issued = tokens.issue(CurrentWorkspace.require(), name, scope, Duration.ofDays(days));
            redirect.addFlashAttribute("newToken", issued.token());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("tokenError", e.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id) {
        if (!tokens.revoke(CurrentWorkspace.require(), id)) {
            // Not one of the caller's live tokens (another user's, another workspace's, or already revoked).
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/account";
    }
}

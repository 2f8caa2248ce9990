package org.itaku.identity.web;

import java.util.List;

import org.itaku.identity.AccountException;
import org.itaku.identity.Accounts;
import org.itaku.identity.SetupTokens;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The one-time page that creates the first workspace and its administrator. */
@Controller
class SetupController {

    private final SetupTokens tokens;
    private final Accounts accounts;
    private final TransactionTemplate transaction;

    SetupController(SetupTokens tokens, Accounts accounts, TransactionTemplate transaction) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @GetMapping("/setup")
    String form(@RequestParam(required = false) String token, Model model) {
        if (!tokens.isUsable(token)) {
            model.addAttribute("invalid", true);
            return "identity/setup";
        }
        model.addAttribute("token", token);
        return "identity/setup";
    }

    @PostMapping("/setup")
    String create(@RequestParam String token, @RequestParam String workspaceName, @RequestParam String email,
            @RequestParam String displayName, @RequestParam String password, @RequestParam String passwordConfirm,
            Model model) {
        model.addAttribute("token", token);
        model.addAttribute("workspaceName", workspaceName);
        model.addAttribute("email", email);
        model.addAttribute("displayName", displayName);
        if (!password.equals(passwordConfirm)) {
            model.addAttribute("errors", List.of("password.MISMATCH"));
            return "identity/setup";
        }
        try {
            boolean created = Boolean.TRUE.equals(transaction.execute(status -> {
                if (!tokens.consume(token)) {
                    return false;
                }
                accounts.createWorkspaceWithAdmin(workspaceName, email, displayName, password.toCharArray());
                return true;
            }));
            if (!created) {
                model.addAttribute("invalid", true);
                return "identity/setup";
            }
        } catch (AccountException e) {
            model.addAttribute("errors", e.codes());
            return "identity/setup";
        }
        return "redirect:/login?setup";
    }
}

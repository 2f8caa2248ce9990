package org.itaku.identity.web;

import org.itaku.identity.AccountException;
import org.itaku.identity.Accounts;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.MultiFactor;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account inventory (棚卸) and the workspace's security policy. */
@Controller
class AdminController {

    private final Accounts accounts;
    private final MultiFactor multiFactor;

    AdminController(Accounts accounts, MultiFactor multiFactor) {
        this.accounts = accounts;
        this.multiFactor = multiFactor;
    }

    @GetMapping("/admin/accounts")
    String inventory(Model model) {
        WorkspaceMember me = CurrentWorkspace.require();
        model.addAttribute("rows", accounts.inventory(me.workspaceId()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("canEdit", me.role() == Role.ADMIN);
        model.addAttribute("policy", accounts.policy(me.workspaceId()));
        return "identity/accounts";
    }

    @PostMapping("/admin/accounts")
    String addMember(@RequestParam String email, @RequestParam String displayName, @RequestParam String password,
            @RequestParam Role role, RedirectAttributes redirect) {
        try {
            // One answer whether the address was new or already had an account elsewhere (then it is an invitation).
            accounts.addOrInvite(CurrentWorkspace.id(), email, displayName, password.toCharArray(), role);
            redirect.addFlashAttribute("message", "admin.memberAddedOrInvited");
        } catch (AccountException e) {
            redirect.addFlashAttribute("errors", e.codes());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{userId}/role")
    String changeRole(@PathVariable long userId, @RequestParam Role role, RedirectAttributes redirect) {
        try {
            accounts.changeRole(CurrentWorkspace.id(), userId, role);
            redirect.addFlashAttribute("message", "admin.roleChanged");
        } catch (AccountException e) {
            redirect.addFlashAttribute("errors", e.codes());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{userId}/enable")
    String enable(@PathVariable long userId, RedirectAttributes redirect) {
        try {
            accounts.reenable(CurrentWorkspace.id(), userId);
            redirect.addFlashAttribute("message", "admin.enabled");
        } catch (AccountException e) {
            redirect.addFlashAttribute("errors", e.codes());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{userId}/remove")
    String remove(@PathVariable long userId, RedirectAttributes redirect) {
        if (userId == CurrentWorkspace.require().userId()) {
            redirect.addFlashAttribute("errors", java.util.List.of("admin.notSelf"));
            return "redirect:/admin/accounts";
        }
        try {
            accounts.removeMember(CurrentWorkspace.id(), userId);
            redirect.addFlashAttribute("message", "admin.removed");
        } catch (AccountException e) {
            redirect.addFlashAttribute("errors", e.codes());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{userId}/disable")
    String disable(@PathVariable long userId, RedirectAttributes redirect) {
        if (userId == CurrentWorkspace.require().userId()) {
            redirect.addFlashAttribute("errors", java.util.List.of("admin.notSelf"));
            return "redirect:/admin/accounts";
        }
        try {
            accounts.disable(CurrentWorkspace.id(), userId);
            redirect.addFlashAttribute("message", "admin.disabled");
        } catch (AccountException e) {
            redirect.addFlashAttribute("errors", e.codes());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{userId}/mfa-reset")
    String resetMfa(@PathVariable long userId, RedirectAttributes redirect) {
        try {
            accounts.requireSoleMember(CurrentWorkspace.id(), userId);
            multiFactor.reset(userId);
            redirect.addFlashAttribute("message", "admin.mfaReset");
        } catch (AccountException e) {
            redirect.addFlashAttribute("errors", e.codes());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/policy")
    String updatePolicy(@RequestParam int passwordMinLength, @RequestParam int passwordMinClasses,
            @RequestParam(defaultValue = "false") boolean mfaRequiredForAll, @RequestParam int dormantDays,
            RedirectAttributes redirect) {
        WorkspaceMember me = CurrentWorkspace.require();
        try {
            accounts.updatePolicy(new Accounts.WorkspacePolicy(me.workspaceId(), me.workspaceName(), passwordMinLength,
                    passwordMinClasses, mfaRequiredForAll, dormantDays));
            redirect.addFlashAttribute("message", "admin.policySaved");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("policyError", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }
}

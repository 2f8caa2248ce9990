package org.itaku.identity.web;

import java.util.List;

import org.itaku.identity.Accounts;
import org.itaku.identity.MfaPending;
import org.itaku.identity.MultiFactor;
import org.itaku.identity.SignedInSessions;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** The second step of signing in: enter a code, or set up an authenticator where MFA is required. */
@Controller
class MfaController {

    private static final String PROPOSAL = "itaku.mfa.proposal";

    private final MultiFactor multiFactor;
    private final SignedInSessions sessions;
    private final Accounts accounts;

    MfaController(MultiFactor multiFactor, SignedInSessions sessions, Accounts accounts) {
        this.multiFactor = multiFactor;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    @GetMapping("/mfa")
    String step(Model model, HttpSession session) {
        MfaPending pending = pending();
        if (pending == null) {
            return "redirect:/";
        }
        if (pending.step() == MfaPending.Step.ENROL) {
            byte[] earlier = (byte[]) session.getAttribute(PROPOSAL);
            MultiFactor.Enrolment proposal = earlier == null ? multiFactor.propose(pending.target().email())
                    : multiFactor.enrolment(pending.target().email(), earlier);
            session.setAttribute(PROPOSAL, proposal.secret());
            model.addAttribute("proposal", proposal);
            return "identity/mfa-enrol";
        }
        return "identity/mfa-verify";
    }

    @PostMapping("/mfa/verify")
    String verify(@RequestParam String code, Model model, HttpServletRequest request, HttpServletResponse response) {
        MfaPending pending = pending();
        if (pending == null || pending.step() != MfaPending.Step.VERIFY) {
            return "redirect:/";
        }
        if (!multiFactor.verify(pending.target().userId(), code)) {
            model.addAttribute("failed", true);
            multiFactor.lockRemaining(pending.target().userId()).ifPresent(left -> model.addAttribute("lockedMinutes",
                    Math.max(1, (left.toSeconds() + 59) / 60)));
            return "identity/mfa-verify";
        }
        sessions.establish(request, response, pending.target());
        return "redirect:/";
    }

    @PostMapping("/mfa/enrol")
    String enrol(@RequestParam String code, Model model, HttpSession session, HttpServletRequest request,
            HttpServletResponse response) {
        MfaPending pending = pending();
        byte[] secret = (byte[]) session.getAttribute(PROPOSAL);
        if (pending == null || pending.step() != MfaPending.Step.ENROL || secret == null) {
            return "redirect:/mfa";
        }
        List<String> recoveryCodes = multiFactor.confirm(pending.target().userId(), secret, code);
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("failed", true);
            return step(model, session);
        }
        session.removeAttribute(PROPOSAL);
        sessions.establish(request, response, pending.target());
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "identity/mfa-recovery-codes";
    }

    private static MfaPending pending() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return null;
        }
        return auth.getAuthorities().stream().filter(MfaPending.class::isInstance).map(MfaPending.class::cast)
                .findFirst().orElse(null);
    }
}

package org.itaku.assessment.web;

import java.time.LocalDate;
import java.util.List;

import org.itaku.assessment.Assessment;
import org.itaku.assessment.AssessmentReason;
import org.itaku.assessment.AssessmentRuleException;
import org.itaku.assessment.AssessmentStatus;
import org.itaku.assessment.Assessments;
import org.itaku.assessment.Evidence;
import org.itaku.assessment.Finding;
import org.itaku.assessment.Questionnaires;
import org.itaku.entrustment.Operator;
import org.itaku.entrustment.Register;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.WorkspaceMember;
import org.itaku.vocabulary.Refusals;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's pages: overview, sending, review with findings, proposals, questionnaires. */
@Controller
@RequestMapping("/assessments")
class AssessmentPages {

    private final Assessments assessments;
    private final Questionnaires questionnaires;
    private final Register register;
    private final Refusals refusals;

    AssessmentPages(Assessments assessments, Questionnaires questionnaires, Register register, Refusals refusals) {
        this.refusals = refusals;
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.register = register;
    }

    private static WorkspaceMember me() {
        return CurrentWorkspace.require();
    }

    @GetMapping
    String overview(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
        AssessmentStatus s = parseStatus(status);
        model.addAttribute("overview", assessments.overview(me().workspaceId(), s, page, 50));
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("statuses", AssessmentStatus.values());
        model.addAttribute("today", assessments.today());
        return "assessment/overview";
    }

    private static AssessmentStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AssessmentStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GetMapping("/new")
    String sendForm(@RequestParam(required = false) Long operatorId, @RequestParam(defaultValue = "") String q, Model model) {
        long ws = me().workspaceId();
        if (operatorId != null) {
            Operator operator = register.operator(ws, operatorId);
            model.addAttribute("operator", operator);
            model.addAttribute("history", assessments.history(ws, operatorId));
        } else {
            model.addAttribute("operators", register.searchOperators(ws, q, 0, 50).items());
        }
        model.addAttribute("q", q);
        model.addAttribute("questionnaires", questionnaires.available(ws));
        model.addAttribute("defaultDue", assessments.today().plusDays(21));
        return "assessment/send";
    }

    @PostMapping
    String send(@RequestParam long operatorId, @RequestParam(defaultValue = "") String contactName,
            @RequestParam(defaultValue = "") String contactEmail,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(defaultValue = "false") boolean holdsConfidential,
            @RequestParam(defaultValue = "false") boolean interruptionUnacceptable,
            @RequestParam(defaultValue = "false") boolean reachesInternal,
            @RequestParam(defaultValue = "") String questionnaire, RedirectAttributes redirect) {
        WorkspaceMember me = me();
        Assessments.Sent sent = assessments.send(me.workspaceId(), new Assessments.SendRequest(operatorId, contactName,
                contactEmail, dueOn, holdsConfidential, interruptionUnacceptable, reachesInternal, ref(questionnaire), null),
                me.email());
        redirect.addFlashAttribute("link", sent.url());
        redirect.addFlashAttribute("mailed", sent.mailed());
        return "redirect:/assessments/" + sent.assessmentId();
    }

    /** "origin:code:version" from the form, or the standard questionnaire when blank. */
    static Assessment.QuestionnaireRef ref(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(":");
        if (parts.length != 3) {
            throw new AssessmentRuleException("assessment.rule.unknownQuestionnaire");
        }
        try {
            return new Assessment.QuestionnaireRef(parts[0], parts[1], Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new AssessmentRuleException("assessment.rule.unknownQuestionnaire");
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Assessments.Review review = assessments.review(me().workspaceId(), id);
        model.addAttribute("r", review);
        model.addAttribute("a", review.assessment());
        model.addAttribute("q", review.questionnaire());
        model.addAttribute("today", assessments.today());
        model.addAttribute("severities", Finding.Severity.values());
        model.addAttribute("history", assessments.history(me().workspaceId(), review.assessment().operatorId()));
        return "assessment/review";
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id) {
        assessments.accept(me().workspaceId(), id, me().email());
        return "redirect:/assessments/" + id;
    }

    @PostMapping("/{id}/findings")
    String raise(@PathVariable long id, @RequestParam(defaultValue = "") String questionId,
            @RequestParam(defaultValue = "MEDIUM") Finding.Severity severity, @RequestParam String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate remediationDueOn) {
        assessments.raiseFinding(me().workspaceId(), id, questionId, severity, description, remediationDueOn, me().email());
        return "redirect:/assessments/" + id + "#findings";
    }

    @PostMapping("/{id}/findings/{findingId}/close")
    String close(@PathVariable long id, @PathVariable long findingId, @RequestParam Finding.Status status) {
        Finding f = assessments.closeFinding(me().workspaceId(), findingId, status, me().email());
        return "redirect:/assessments/" + f.assessmentId() + "#findings";
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        Assessments.Sent sent = assessments.reopen(me().workspaceId(), id, dueOn, me().email());
        redirect.addFlashAttribute("link", sent.url());
        redirect.addFlashAttribute("mailed", sent.mailed());
        return "redirect:/assessments/" + id;
    }

    @PostMapping("/{id}/link")
    String link(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("link", assessments.newLink(me().workspaceId(), id, me().email()).url());
        return "redirect:/assessments/" + id;
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("revoked", assessments.revokeLinks(me().workspaceId(), id, me().email()));
        return "redirect:/assessments/" + id;
    }

    @PostMapping("/{id}/reassess")
    String reassess(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(defaultValue = "CYCLE") AssessmentReason reason, RedirectAttributes redirect) {
        Assessments.Sent sent = assessments.reassess(me().workspaceId(), id, dueOn, reason, me().email());
        redirect.addFlashAttribute("link", sent.url());
        redirect.addFlashAttribute("mailed", sent.mailed());
        return "redirect:/assessments/" + sent.assessmentId();
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
        long ws = me().workspaceId();
        Evidence e = assessments.evidence(ws, id, evidenceId);
        // Always a download, never rendered in our origin: the file comes from outside.
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(e.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(assessments.evidenceContent(ws, id, evidenceId));
    }

    @GetMapping("/proposals")
    String proposals(Model model) {
        model.addAttribute("proposals", assessments.proposals(me().workspaceId()));
        model.addAttribute("defaultDue", assessments.today().plusDays(21));
        return "assessment/proposals";
    }

    @PostMapping("/proposals/scan")
    String scan(RedirectAttributes redirect) {
        redirect.addFlashAttribute("proposed", assessments.scanTriggers(me().workspaceId()));
        return "redirect:/assessments/proposals";
    }

    @GetMapping("/questionnaires")
    String questionnaires(@RequestParam(required = false) String show, Model model) {
        long ws = me().workspaceId();
        List<Questionnaires.Entry> all = questionnaires.available(ws);
        model.addAttribute("entries", all);
        Assessment.QuestionnaireRef selected = show == null ? questionnaires.standard() : ref(show);
        model.addAttribute("selected", selected);
        model.addAttribute("questionnaire", questionnaires.get(ws, selected));
        model.addAttribute("yaml", questionnaires.yaml(ws, selected));
        return "assessment/questionnaires";
    }

    @PostMapping("/questionnaires")
    String saveQuestionnaire(@RequestParam String yaml, Model model, jakarta.servlet.http.HttpServletResponse response) {
        long ws = me().workspaceId();
        try {
            Assessment.QuestionnaireRef saved = questionnaires.save(ws, yaml, me().email());
            return "redirect:/assessments/questionnaires?show=" + saved.key();
        } catch (IllegalArgumentException e) {
            model.addAttribute("entries", questionnaires.available(ws));
            model.addAttribute("selected", null);
            model.addAttribute("questionnaire", null);
            model.addAttribute("yaml", yaml);
            model.addAttribute("error", refusals.text(e));
            response.setStatus(400);
            return "assessment/questionnaires";
        }
    }
}

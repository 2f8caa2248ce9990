package org.itaku.assessment.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.itaku.assessment.AnswersRejectedException;
import org.itaku.assessment.AssessmentNotFoundException;
import org.itaku.assessment.AssessmentStateException;
import org.itaku.assessment.Assessments;
import org.itaku.vocabulary.Refusals;
import org.itaku.vocabulary.RuleViolation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The vendor's side, reached through the link alone (no account). Every handler starts from the token; a token that
 * opens nothing gets the same 404 page whatever the reason, so a guess learns nothing. Pages are not cached and send
 * no referrer, so the token does not leak from the address bar into logs elsewhere.
 */
@Controller
@RequestMapping("/respond/{token}")
class RespondPages {

    private final Assessments assessments;

    private final Refusals refusals;

    RespondPages(Assessments assessments, Refusals refusals) {
        this.assessments = assessments;
        this.refusals = refusals;
    }

    /** Each rejected answer's reason in the reader's language, keyed as the domain keyed it. */
    private Map<String, String> problems(AnswersRejectedException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.problems().forEach((key, problem) -> out.put(key, refusals.render(problem)));
        return out;
    }

    private static void privateHeaders(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    @GetMapping
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        privateHeaders(response);
        Assessments.Respondent r = assessments.respondent(token);
        model.addAttribute("r", r);
        model.addAttribute("token", token);
        if (!model.containsAttribute("values")) {
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> comments = new LinkedHashMap<>();
            r.answers().values().forEach(a -> {
                values.put(a.questionId(), a.value());
                comments.put(a.questionId(), a.comment());
            });
            model.addAttribute("values", values);
            model.addAttribute("comments", comments);
        }
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return "assessment/respond";
    }

    @PostMapping
    String save(@PathVariable String token, @RequestParam Map<String, String> form,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        privateHeaders(response);
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("a.")) {
                answers.put(k.substring(2), v);
            } else if (k.startsWith("c.")) {
                comments.put(k.substring(2), v);
            }
        });
        boolean submit = "submit".equals(action);
        try {
            assessments.saveAnswers(token, answers, comments, submit);
        } catch (AnswersRejectedException e) {
            response.setStatus(400);
            model.addAttribute("values", answers);
            model.addAttribute("comments", comments);
            model.addAttribute("problems", problems(e));
            return form(token, model, response);
        }
        redirect.addFlashAttribute("saved", submit ? "submitted" : "draft");
        return "redirect:/respond/" + token;
    }

    @PostMapping("/evidence")
    String attach(@PathVariable String token, @RequestParam String questionId, @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        assessments.attach(token, questionId, file.getOriginalFilename(), file.getBytes());
        redirect.addFlashAttribute("saved", "evidence");
        return "redirect:/respond/" + token + "#q-" + questionId;
    }

    @PostMapping("/evidence/{evidenceId}/delete")
    String detach(@PathVariable String token, @PathVariable long evidenceId, RedirectAttributes redirect) {
        assessments.detach(token, evidenceId);
        redirect.addFlashAttribute("saved", "evidence-removed");
        return "redirect:/respond/" + token;
    }

    @GetMapping("/checksheet.xlsx")
    ResponseEntity<byte[]> checksheet(@PathVariable String token, HttpServletResponse response) {
        privateHeaders(response);
        Locale locale = LocaleContextHolder.getLocale();
        byte[] xlsx = assessments.checksheet(token, locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("セキュリティチェックシート.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(xlsx);
    }

    @PostMapping("/checksheet")
    String importChecksheet(@PathVariable String token, @RequestParam("file") MultipartFile file, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        try {
            assessments.importChecksheet(token, file.getBytes());
        } catch (AnswersRejectedException e) {
            response.setStatus(400);
            model.addAttribute("problems", problems(e));
            return form(token, model, response);
        }
        redirect.addFlashAttribute("saved", "checksheet");
        return "redirect:/respond/" + token;
    }

    @PostMapping("/findings/{findingId}/comment")
    String comment(@PathVariable String token, @PathVariable long findingId, @RequestParam String comment,
            RedirectAttributes redirect) {
        assessments.commentOnFinding(token, findingId, comment);
        redirect.addFlashAttribute("saved", "comment");
        return "redirect:/respond/" + token + "#findings";
    }

    @ExceptionHandler(AssessmentNotFoundException.class)
    String notFound(HttpServletResponse response) {
        privateHeaders(response);
        response.setStatus(404);
        return "assessment/respond-invalid";
    }

    @ExceptionHandler(AssessmentStateException.class)
    String locked(AssessmentStateException e, Model model, HttpServletResponse response) {
        privateHeaders(response);
        response.setStatus(409);
        model.addAttribute("message", refusals.text(e));
        return "assessment/respond-locked";
    }

    @ExceptionHandler({IllegalArgumentException.class, MultipartException.class, MissingServletRequestPartException.class,
            MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    String badInput(Exception e, Model model, HttpServletResponse response) {
        privateHeaders(response);
        response.setStatus(400);
        // A form sent without its file (or by hand) gets a page like every other refusal, not a JSON problem.
        String message;
        if (e instanceof MultipartException) {
            message = refusals.render(RuleViolation.field("assessment.respond.error.multipart"));
        } else if (e instanceof MissingServletRequestPartException) {
            message = refusals.render(RuleViolation.field("assessment.respond.error.noFile"));
        } else if (e instanceof MissingServletRequestParameterException m) {
            message = refusals.render(new DefaultMessageSourceResolvable(new String[] {"assessment.respond.error.missingField"},
                    new Object[] {m.getParameterName()}));
        } else if (e instanceof MethodArgumentTypeMismatchException) {
            message = refusals.render(RuleViolation.field("assessment.respond.error.address"));
        } else {
            message = refusals.text(e);
        }
        model.addAttribute("message", message);
        return "assessment/respond-error";
    }
}

package org.itaku.assessment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.itaku.assessment.Assessment;
import org.itaku.assessment.AssessmentStatus;
import org.itaku.assessment.Assessments;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.WorkspaceMember;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Vendor assessments over JSON: the overview (paged), one assessment with its score, sending and accepting. */
@RestController
@RequestMapping("/api/assessments")
class AssessmentApi {

    private final Assessments assessments;

    AssessmentApi(Assessments assessments) {
        this.assessments = assessments;
    }

    record Line(long id, long operatorId, String operatorName, AssessmentStatus status, LocalDate dueOn, Integer percent,
            Boolean passed, List<String> blockers, String tier, String metiLevel, LocalDate nextDueOn, int openFindings) {

        static Line of(Assessment a, int openFindings) {
            Assessment.Result r = a.result();
            return new Line(a.id(), a.operatorId(), a.operatorName(), a.status(), a.dueOn(), r == null ? null : r.percent(),
                    r == null ? null : r.passed(), r == null ? List.of() : r.blockers(), r == null ? null : r.tier().name(),
                    r == null ? null : r.level().stars(), r == null ? null : r.nextDueOn(), openFindings);
        }
    }

    @GetMapping
    Map<String, Object> overview(@RequestParam(required = false) AssessmentStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        long ws = CurrentWorkspace.id();
        Assessments.Overview o = assessments.overview(ws, status, page, size);
        return Map.of("page", o.page(), "size", o.size(), "counts", o.counts(),
                "items", o.items().stream().map(a -> Line.of(a, o.openFindings().getOrDefault(a.operatorId(), 0))).toList());
    }

    record Detail(Line assessment, Map<String, String> answers, List<Assessments.Contradiction> contradictions, int scorePercent,
            List<String> blockers, List<String> weak) {
    }

    @GetMapping("/{id}")
    Detail one(@PathVariable long id) {
        Assessments.Review r = assessments.review(CurrentWorkspace.id(), id);
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        r.answers().values().forEach(a -> answers.put(a.questionId(), a.value()));
        return new Detail(Line.of(r.assessment(), (int) r.findings().stream().filter(f -> f.open()).count()), answers,
                r.contradictions(), r.score().percent(), r.score().blockers(), r.score().weak());
    }

    record SendBody(long operatorId, String contactName, String contactEmail, LocalDate dueOn, boolean holdsConfidential,
            boolean interruptionUnacceptable, boolean reachesInternal) {
    }

    /** The link is in the answer this once; it is also mailed when a mail server is configured. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Assessments.Sent send(@RequestBody SendBody body) {
        WorkspaceMember me = CurrentWorkspace.require();
        return assessments.send(me.workspaceId(), new Assessments.SendRequest(body.operatorId(), body.contactName(),
                body.contactEmail(), body.dueOn(), body.holdsConfidential(), body.interruptionUnacceptable(),
                body.reachesInternal(), null, null), me.email());
    }

    @PostMapping("/{id}/accept")
    Assessment.Result accept(@PathVariable long id) {
        WorkspaceMember me = CurrentWorkspace.require();
        return assessments.accept(me.workspaceId(), id, me.email());
    }
}

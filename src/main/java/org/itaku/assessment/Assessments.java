package org.itaku.assessment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.itaku.vocabulary.JapanTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor assessments: the public face of this module. The officer's side takes the workspace id first; the
 * respondent's side takes the link's token, which alone decides the workspace and the one assessment it opens.
 */
@Service
public class Assessments {

    static final ZoneId JAPAN = JapanTime.ZONE;

    private final AssessmentStore store;
    private final RespondentLinks links;
    private final Questionnaires questionnaires;
    private final RegisterFacts register;
    private final AssessmentMail mail;
    private final Triggers triggers;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    Assessments(AssessmentStore store, RespondentLinks links, Questionnaires questionnaires, RegisterFacts register,
            AssessmentMail mail, Triggers triggers, AuditTrail audit, Clock clock,
            @Value("${itaku.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.links = links;
        this.questionnaires = questionnaires;
        this.register = register;
        this.mail = mail;
        this.triggers = triggers;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(JAPAN));
    }

    Instant now() {
        return Instant.now(clock);
    }

    /** A link is good until the end of the due date in Japan. */
    Instant linkExpiry(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(JAPAN).toInstant();
    }

    public String respondUrl(String token) {
        return baseUrl + "/respond/" + token;
    }

    // ---------------------------------------------------------------- sending

    public record SendRequest(long operatorId, String contactName, String contactEmail, LocalDate dueOn,
            boolean holdsConfidentialInformation, boolean interruptionUnacceptable, boolean reachesInternalSystems,
            Assessment.QuestionnaireRef questionnaire, AssessmentReason reason) {
    }

    /** The new assessment, its link (shown to the officer this once) and whether it was also mailed. */
    public record Sent(long assessmentId, String token, String url, boolean mailed) {
    }

    @Transactional
    public Sent send(long workspaceId, SendRequest request, String actor) {
        RegisterFacts.Snapshot vendor = register.of(workspaceId, request.operatorId());
        LocalDate today = today();
        if (request.dueOn() == null || request.dueOn().isBefore(today)) {
            throw new AssessmentRuleException("assessment.rule.dueInPast");
        }
        if (request.dueOn().isAfter(today.plusYears(1))) {
            throw new AssessmentRuleException("assessment.rule.dueTooFar");
        }
        List<Assessment> history = store.ofOperator(workspaceId, request.operatorId());
        if (history.stream().anyMatch(a -> a.status().open())) {
            throw new AssessmentRuleException("assessment.rule.alreadyOpen");
        }
        Assessment.QuestionnaireRef ref = request.questionnaire() == null ? questionnaires.standard() : request.questionnaire();
        Questionnaire questionnaire = questionnaires.get(workspaceId, ref);
        Optional<Assessment> previous = history.stream()
                .filter(a -> a.status() == AssessmentStatus.SUBMITTED || a.status() == AssessmentStatus.REVIEWED).findFirst();
        String email = request.contactEmail() == null || request.contactEmail().isBlank() ? vendor.contactEmail() : request.contactEmail();
        if (email == null) {
            throw new AssessmentRuleException("assessment.rule.contactRequired");
        }
        String name = request.contactName() == null || request.contactName().isBlank() ? vendor.contactName() : request.contactName();
        AssessmentReason reason = request.reason() != null ? request.reason()
                : previous.isPresent() ? AssessmentReason.CYCLE : AssessmentReason.INITIAL;
        Instant now = now();
        Assessment draft = new Assessment(0, workspaceId, request.operatorId(), vendor.operatorName(), ref, name, email,
                AssessmentStatus.SENT, reason, request.dueOn(), new Assessment.MetiAnswers(request.holdsConfidentialInformation(),
                        request.interruptionUnacceptable(), request.reachesInternalSystems()),
                previous.map(Assessment::id).orElse(null), vendor.contractEndOn(), now, actor, null, null, null, null);
        long id = store.insert(draft);
        previous.ifPresent(p -> prefill(workspaceId, p, id, questionnaire, now));
        String token = links.issue(workspaceId, id, now, linkExpiry(request.dueOn()));
        Triggers.resolveProposals(store, workspaceId, request.operatorId(), now);
        audit.record(AuditEvent.of("assessment.send").inWorkspace(workspaceId).target("assessment", id)
                .changed("operator_id", "contact_email", "due_on", "questionnaire", "reason"));
        boolean mailed = mail.sendLink(draft.withId(id), respondUrl(token));
        return new Sent(id, token, respondUrl(token), mailed);
    }

    /** The vendor's answers from its previous cycle become the draft of the new one, where still valid. */
    private void prefill(long workspaceId, Assessment previous, long id, Questionnaire questionnaire, Instant now) {
        Map<String, Answer> carried = new LinkedHashMap<>();
        for (Answer a : store.answers(workspaceId, previous.id()).values()) {
            if (!questionnaire.has(a.questionId())) {
                continue;
            }
            try {
                String value = questionnaire.question(a.questionId()).normalise(a.value());
                carried.put(a.questionId(), new Answer(a.questionId(), value, a.comment()));
            } catch (IllegalArgumentException changed) {
                // the question's answers changed since: the vendor answers it afresh
            }
        }
        store.saveAnswers(workspaceId, id, carried, now);
    }

    /** Sends the vendor a questionnaire again, with the contact and METI answers of an earlier one. */
    @Transactional
    public Sent reassess(long workspaceId, long previousId, LocalDate dueOn, AssessmentReason reason, String actor) {
        Assessment p = assessment(workspaceId, previousId);
        return send(workspaceId, new SendRequest(p.operatorId(), p.contactName(), p.contactEmail(), dueOn,
                p.meti().holdsConfidentialInformation(), p.meti().interruptionUnacceptable(), p.meti().reachesInternalSystems(),
                p.questionnaire(), reason == null ? AssessmentReason.CYCLE : reason), actor);
    }

    // ---------------------------------------------------------------- the officer's side

    public Assessment assessment(long workspaceId, long id) {
        return store.find(workspaceId, id).orElseThrow(() -> new AssessmentNotFoundException("assessment " + id));
    }

    public List<Assessment> history(long workspaceId, long operatorId) {
        return store.ofOperator(workspaceId, operatorId);
    }

    /** An answer contradicting what the register knows. */
    public record Contradiction(String questionId, RegisterFact fact, String answer) {
    }

    /** Everything the review page shows. */
    public record Review(Assessment assessment, Questionnaire questionnaire, Map<String, Answer> answers,
            Set<String> asked, List<Evidence> evidence, List<Finding> findings, Score score,
            List<Contradiction> contradictions, Tiering.Decision tier, int liveLinks) {

        public List<Evidence> evidenceFor(String questionId) {
            return evidence.stream().filter(e -> e.questionId().equals(questionId)).toList();
        }
    }

    public Review review(long workspaceId, long id) {
        Assessment a = assessment(workspaceId, id);
        Questionnaire q = questionnaires.get(workspaceId, a.questionnaire());
        Map<String, Answer> answers = store.answers(workspaceId, id);
        Map<String, String> values = values(answers);
        Set<String> withEvidence = store.questionsWithEvidence(workspaceId, id);
        RegisterFacts.Snapshot vendor = snapshotOrNull(workspaceId, a.operatorId());
        List<Contradiction> contradictions = vendor == null ? List.of() : contradictions(q, values, vendor.facts());
        Tiering.Decision tier = vendor == null ? null : Tiering.decide(vendor.vendorFacts(a.meti()));
        return new Review(a, q, answers, asked(q, values), store.evidence(workspaceId, id), store.findings(workspaceId, id),
                Scoring.score(q, values, withEvidence), contradictions, tier, links.liveCount(workspaceId, id, now()));
    }

    private RegisterFacts.Snapshot snapshotOrNull(long workspaceId, long operatorId) {
        try {
            return register.of(workspaceId, operatorId);
        } catch (RuntimeException removedFromRegister) {
            return null;
        }
    }

    static Set<String> asked(Questionnaire q, Map<String, String> values) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Question question : q.questions()) {
            if (q.applies(question, values)) {
                out.add(question.id());
            }
        }
        return out;
    }

    static List<Contradiction> contradictions(Questionnaire q, Map<String, String> values, Set<RegisterFact> facts) {
        List<Contradiction> out = new ArrayList<>();
        for (Question question : q.questions()) {
            Question.RegisterCheck check = question.registerCheck();
            String answer = values.get(question.id());
            if (check != null && answer != null && facts.contains(check.fact()) && check.contradictedBy().contains(answer)
                    && q.applies(question, values)) {
                out.add(new Contradiction(question.id(), check.fact(), answer));
            }
        }
        return out;
    }

    static Map<String, String> values(Map<String, Answer> answers) {
        Map<String, String> values = new LinkedHashMap<>();
        answers.values().forEach(a -> {
            if (a.value() != null) {
                values.put(a.questionId(), a.value());
            }
        });
        return values;
    }

    /** Scores and tiers a submitted assessment and closes it; the next one falls due after the tier's interval. */
    @Transactional
    public Assessment.Result accept(long workspaceId, long id, String actor) {
        Assessment a = store.findForUpdate(workspaceId, id).orElseThrow(() -> new AssessmentNotFoundException("assessment " + id));
        Review r = review(workspaceId, id);
        Tiering.Decision tier = r.tier() != null ? r.tier() : Tiering.decide(new VendorFacts(a.meti().holdsConfidentialInformation(),
                a.meti().interruptionUnacceptable(), a.meti().reachesInternalSystems(), false, false, false, 0));
        Assessment.Result result = result(r.score(), tier, today());
        Assessment reviewed = a.reviewed(result, now(), actor);
        store.update(reviewed);
        audit.record(AuditEvent.of("assessment.review").inWorkspace(workspaceId).target("assessment", id)
                .changed("status", "score", "passed", "tier", "next_due_on"));
        return result;
    }

    static Assessment.Result result(Score score, Tiering.Decision tier, LocalDate reviewedOn) {
        LocalDate next = reviewedOn.plus(score.passed() ? tier.tier().reviewInterval() : Tier.AFTER_FAILURE);
        return new Assessment.Result(score.earned(), score.possible(), score.percent(), score.passMark(), score.passed(),
                score.blockers(), score.weak(), tier.level(), tier.tier(), tier.reasons(), next);
    }

    @Transactional
    public Finding raiseFinding(long workspaceId, long assessmentId, String questionId, Finding.Severity severity,
            String description, LocalDate remediationDueOn, String actor) {
        Assessment a = assessment(workspaceId, assessmentId);
        if (a.status() != AssessmentStatus.SUBMITTED && a.status() != AssessmentStatus.REVIEWED) {
            throw new AssessmentStateException("not-submitted");
        }
        String qid = questionId == null || questionId.isBlank() ? null : questionId;
        if (qid != null && !questionnaires.get(workspaceId, a.questionnaire()).has(qid)) {
            throw new AssessmentRuleException("assessment.rule.noSuchQuestion", String.valueOf(qid));
        }
        if (remediationDueOn != null && remediationDueOn.isBefore(today())) {
            throw new AssessmentRuleException("assessment.rule.remediationInPast");
        }
        Finding f = new Finding(0, assessmentId, a.operatorId(), qid, severity == null ? Finding.Severity.MEDIUM : severity,
                description, remediationDueOn, null, Finding.Status.OPEN, now(), actor, null, null);
        long id = store.insertFinding(workspaceId, f);
        audit.record(AuditEvent.of("assessment.finding.raise").inWorkspace(workspaceId).target("assessment-finding", id)
                .changed("assessment_id", "question_id", "severity", "description", "remediation_due_on"));
        return store.finding(workspaceId, id).orElseThrow();
    }

    @Transactional
    public Finding closeFinding(long workspaceId, long findingId, Finding.Status status, String actor) {
        Finding f = store.finding(workspaceId, findingId).orElseThrow(() -> new AssessmentNotFoundException("finding " + findingId));
        if (!f.open()) {
            throw new AssessmentStateException("finding-closed");
        }
        if (status == null || status == Finding.Status.OPEN) {
            throw new AssessmentRuleException("assessment.rule.closeFinding");
        }
        Finding closed = new Finding(f.id(), f.assessmentId(), f.operatorId(), f.questionId(), f.severity(), f.description(),
                f.remediationDueOn(), f.vendorComment(), status, f.raisedAt(), f.raisedBy(), now(), actor);
        store.updateFinding(workspaceId, closed);
        audit.record(AuditEvent.of("assessment.finding.close").inWorkspace(workspaceId).target("assessment-finding", findingId)
                .changed("status", "closed_at"));
        return closed;
    }

    /** Gives a locked (overdue) or submitted assessment back to the vendor with a new due date and a new link. */
    @Transactional
    public Sent reopen(long workspaceId, long id, LocalDate newDueOn, String actor) {
        Assessment a = store.findForUpdate(workspaceId, id).orElseThrow(() -> new AssessmentNotFoundException("assessment " + id));
        Assessment reopened = a.reopened(newDueOn, today());
        store.update(reopened);
        store.freeze(workspaceId, id, null, null); // answerable again: frozen at the next submission
        String token = links.issue(workspaceId, id, now(), linkExpiry(newDueOn));
        audit.record(AuditEvent.of("assessment.reopen").inWorkspace(workspaceId).target("assessment", id).changed("status", "due_on"));
        boolean mailed = mail.sendLink(reopened, respondUrl(token));
        return new Sent(id, token, respondUrl(token), mailed);
    }

    /** A further link to an open assessment (the first was lost); earlier links stay valid until revoked. */
    @Transactional
    public Sent newLink(long workspaceId, long id, String actor) {
        Assessment a = assessment(workspaceId, id);
        if (!a.acceptsAnswers(today())) {
            throw new AssessmentStateException("not-open");
        }
        String token = links.issue(workspaceId, id, now(), linkExpiry(a.dueOn()));
        audit.record(AuditEvent.of("assessment.link.issue").inWorkspace(workspaceId).target("assessment", id));
        return new Sent(id, token, respondUrl(token), false);
    }

    @Transactional
    public int revokeLinks(long workspaceId, long id, String actor) {
        assessment(workspaceId, id);
        int n = links.revokeAll(workspaceId, id, now());
        audit.record(AuditEvent.of("assessment.link.revoke").inWorkspace(workspaceId).target("assessment", id).changed("revoked_at"));
        return n;
    }

    public Evidence evidence(long workspaceId, long assessmentId, long evidenceId) {
        return store.evidence(workspaceId, assessmentId).stream().filter(e -> e.id() == evidenceId).findFirst()
                .orElseThrow(() -> new AssessmentNotFoundException("evidence " + evidenceId));
    }

    public byte[] evidenceContent(long workspaceId, long assessmentId, long evidenceId) {
        return store.evidenceContent(workspaceId, assessmentId, evidenceId)
                .orElseThrow(() -> new AssessmentNotFoundException("evidence " + evidenceId));
    }

    // ---------------------------------------------------------------- overview and status

    public record Overview(List<Assessment> items, Map<Long, Integer> openFindings, AssessmentStore.Counts counts,
            int page, int size) {
        public boolean hasNext() {
            return items.size() == size;
        }
    }

    public Overview overview(long workspaceId, AssessmentStatus status, int page, int size) {
        int s = Math.max(1, Math.min(size, 200));
        int p = Math.max(0, page);
        return new Overview(store.overview(workspaceId, status == null ? null : status.name(), p * s, s),
                store.openFindingCounts(workspaceId), store.counts(workspaceId, today()), p, s);
    }

    /**
     * Scores and tiers every assessment of the workspace in the given status: one query for the assessments with the
     * answers frozen at submission (one row per vendor), however many vendors; only assessments without frozen
     * answers (submitted before they were kept, or in an open status) are read from the answer rows, in one join.
     * The tier comes from the officer's METI answers and the register facts given per vendor, none when absent.
     */
    public Map<Long, Assessment.Result> scoreAll(long workspaceId, AssessmentStatus status, Map<Long, VendorFacts> facts) {
        List<AssessmentStore.Frozen> all = store.frozenByStatus(workspaceId, status);
        boolean unfrozen = all.stream().anyMatch(f -> f.answers() == null);
        Map<Long, Map<String, String>> answers = unfrozen ? store.answersByStatus(workspaceId, status.name()) : Map.of();
        Map<Long, Set<String>> evidence = unfrozen ? store.evidenceByStatus(workspaceId, status.name()) : Map.of();
        Map<Long, Assessment.Result> out = new LinkedHashMap<>();
        LocalDate today = today();
        for (AssessmentStore.Frozen frozen : all) {
            Assessment a = frozen.assessment();
            Questionnaire q = questionnaires.get(workspaceId, a.questionnaire());
            Score score = frozen.answers() != null ? Scoring.score(q, frozen.answers(), frozen.evidence())
                    : Scoring.score(q, answers.getOrDefault(a.id(), Map.of()), evidence.getOrDefault(a.id(), Set.of()));
            VendorFacts f = facts.getOrDefault(a.operatorId(), new VendorFacts(a.meti().holdsConfidentialInformation(),
                    a.meti().interruptionUnacceptable(), a.meti().reachesInternalSystems(), false, false, false, 0));
            out.put(a.id(), result(score, Tiering.decide(f), today));
        }
        return out;
    }

    /** What the register's operator page shows. */
    public record OperatorStatus(Assessment latest, Assessment lastReviewed, int openFindings, List<Proposal> proposals) {
    }

    public OperatorStatus statusOf(long workspaceId, long operatorId) {
        List<Assessment> all = store.ofOperator(workspaceId, operatorId);
        Assessment latest = all.isEmpty() ? null : all.get(0);
        Assessment reviewed = all.stream().filter(a -> a.result() != null).findFirst().orElse(null);
        int open = store.openFindingCounts(workspaceId).getOrDefault(operatorId, 0);
        return new OperatorStatus(latest, reviewed, open, Triggers.openProposals(store, workspaceId).stream()
                .filter(p -> p.operatorId() == operatorId).toList());
    }

    /** Open proposals to assess a vendor again (newest first, at most 200). */
    public List<Proposal> proposals(long workspaceId) {
        return Triggers.openProposals(store, workspaceId);
    }

    /** Looks now for renewals, incidents and library cases that call for a new assessment; returns how many were found. */
    public int scanTriggers(long workspaceId) {
        return triggers.scan(workspaceId);
    }

    /** Questionnaires of this workspace addressed to a signed-in vendor respondent's e-mail, newest first. */
    public List<Assessment> addressedTo(long workspaceId, String email) {
        return store.byContact(workspaceId, Texts.email(email));
    }

    /** A fresh link for a signed-in respondent to one of its own open questionnaires (another's is not found). */
    @Transactional
    public Sent linkForRespondent(long workspaceId, String email, long id) {
        Assessment a = assessment(workspaceId, id);
        if (!a.contactEmail().equals(Texts.email(email))) {
            throw new AssessmentNotFoundException("assessment " + id);
        }
        Instant now = now();
        Instant expiry = a.acceptsAnswers(today()) ? linkExpiry(a.dueOn()) : now.plus(java.time.Duration.ofHours(1));
        String token = links.issue(workspaceId, id, now, expiry);
        audit.record(AuditEvent.of("assessment.link.issue").inWorkspace(workspaceId).target("assessment", id));
        return new Sent(id, token, respondUrl(token), false);
    }

    // ---------------------------------------------------------------- the respondent's side (by token)

    /** What the vendor sees through its link. */
    public record Respondent(Assessment assessment, Questionnaire questionnaire, Map<String, Answer> answers, Set<String> asked,
            List<Evidence> evidence, List<Finding> findings, boolean acceptsAnswers) {

        public List<Evidence> evidenceFor(String questionId) {
            return evidence.stream().filter(e -> e.questionId().equals(questionId)).toList();
        }
    }

    RespondentLinks.Target target(String token) {
        return links.resolve(token, now()).orElseThrow(() -> new AssessmentNotFoundException("link"));
    }

    public Respondent respondent(String token) {
        RespondentLinks.Target t = target(token);
        Assessment a = assessment(t.workspaceId(), t.assessmentId());
        Questionnaire q = questionnaires.get(t.workspaceId(), a.questionnaire());
        Map<String, Answer> answers = store.answers(t.workspaceId(), a.id());
        return new Respondent(a, q, answers, asked(q, values(answers)), store.evidence(t.workspaceId(), a.id()),
                a.status() == AssessmentStatus.REVIEWED ? store.findings(t.workspaceId(), a.id()) : List.of(),
                a.acceptsAnswers(today()));
    }

    /**
     * Saves the vendor's answers (a draft), or submits them, which locks the questionnaire. Every answer is checked
     * first; when any is wrong nothing is saved and each problem is named by its question. Submitting needs every
     * asked, scored question answered (a file question by its evidence).
     */
    @Transactional
    public Assessment saveAnswers(String token, Map<String, String> rawAnswers, Map<String, String> comments, boolean submit) {
        RespondentLinks.Target t = target(token);
        Assessment a = store.findForUpdate(t.workspaceId(), t.assessmentId()).orElseThrow(() -> new AssessmentNotFoundException("link"));
        LocalDate today = today();
        if (!a.acceptsAnswers(today)) {
            a.draftSaved(today); // throws the reason
        }
        Questionnaire q = questionnaires.get(t.workspaceId(), a.questionnaire());
        Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : q.questions()) {
            String raw = rawAnswers.get(question.id());
            String comment = comments.get(question.id());
            try {
                String value = question.normalise(raw);
                answers.put(question.id(), new Answer(question.id(), value, comment));
            } catch (IllegalArgumentException e) {
                problems.put(question.id(), AnswersRejectedException.problem(e));
            }
        }
        for (String id : rawAnswers.keySet()) {
            if (!q.has(id)) {
                problems.put(id, new AssessmentRuleException("assessment.rule.noSuchQuestion", id));
            }
        }
        Map<String, String> values = values(answers);
        Set<String> withEvidence = submit ? store.questionsWithEvidence(t.workspaceId(), a.id()) : Set.of();
        if (submit && problems.isEmpty()) {
            for (Question question : q.questions()) {
                boolean answered = question.type() == AnswerType.FILE ? withEvidence.contains(question.id())
                        : values.containsKey(question.id());
                if (question.scored() && q.applies(question, values) && !answered) {
                    problems.put(question.id(), new AssessmentRuleException("assessment.rule.answerNeeded", question.id()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AnswersRejectedException(problems);
        }
        Instant now = now();
        store.saveAnswers(t.workspaceId(), a.id(), answers, now);
        Assessment next = submit ? a.submitted(today, now) : a.draftSaved(today);
        store.update(next);
        if (submit) {
            store.freeze(t.workspaceId(), a.id(), values, withEvidence);
        }
        audit.record(AuditEvent.of(submit ? "assessment.submit" : "assessment.draft").inWorkspace(t.workspaceId())
                .by(null, "respondent:" + a.contactEmail()).target("assessment", a.id()).changed("answers"));
        if (submit) {
            mail.submitted(next);
        }
        return next;
    }

    /** Attaches a file to a question; refused (and nothing stored) when too large, of a kind not accepted, or late. */
    @Transactional
    public Evidence attach(String token, String questionId, String fileName, byte[] content) {
        RespondentLinks.Target t = target(token);
        Assessment a = store.findForUpdate(t.workspaceId(), t.assessmentId()).orElseThrow(() -> new AssessmentNotFoundException("link"));
        a.draftSaved(today()); // only while answers are accepted
        Questionnaire q = questionnaires.get(t.workspaceId(), a.questionnaire());
        if (questionId == null || !q.has(questionId)) {
            throw new AssessmentRuleException("assessment.rule.noSuchQuestion", String.valueOf(questionId));
        }
        String type = Evidence.check(fileName, content);
        if (store.evidence(t.workspaceId(), a.id()).size() >= Evidence.MAX_PER_ASSESSMENT) {
            throw new AssessmentRuleException("assessment.rule.tooManyFiles", Evidence.MAX_PER_ASSESSMENT);
        }
        String name = Evidence.safeName(fileName);
        long id = store.insertEvidence(t.workspaceId(), a.id(), questionId, name, type, content, sha256(content), now());
        if (a.status() == AssessmentStatus.SENT) {
            store.update(a.draftSaved(today()));
        }
        audit.record(AuditEvent.of("assessment.evidence.attach").inWorkspace(t.workspaceId())
                .by(null, "respondent:" + a.contactEmail()).target("assessment-evidence", id).changed("question_id", "file_name", "sha256"));
        return evidence(t.workspaceId(), a.id(), id);
    }

    @Transactional
    public void detach(String token, long evidenceId) {
        RespondentLinks.Target t = target(token);
        Assessment a = store.findForUpdate(t.workspaceId(), t.assessmentId()).orElseThrow(() -> new AssessmentNotFoundException("link"));
        a.draftSaved(today());
        if (store.deleteEvidence(t.workspaceId(), a.id(), evidenceId) != 1) {
            throw new AssessmentNotFoundException("evidence " + evidenceId);
        }
        audit.record(AuditEvent.of("assessment.evidence.remove").inWorkspace(t.workspaceId())
                .by(null, "respondent:" + a.contactEmail()).target("assessment-evidence", evidenceId));
    }

    /** The vendor's answer to a finding raised on its reviewed questionnaire. */
    @Transactional
    public void commentOnFinding(String token, long findingId, String comment) {
        RespondentLinks.Target t = target(token);
        Finding f = store.finding(t.workspaceId(), findingId).filter(x -> x.assessmentId() == t.assessmentId())
                .orElseThrow(() -> new AssessmentNotFoundException("finding " + findingId));
        Finding commented = new Finding(f.id(), f.assessmentId(), f.operatorId(), f.questionId(), f.severity(), f.description(),
                f.remediationDueOn(), Texts.required(comment, 2000, "assessment.field.comment"), f.status(), f.raisedAt(), f.raisedBy(),
                f.closedAt(), f.closedBy());
        store.updateFinding(t.workspaceId(), commented);
        audit.record(AuditEvent.of("assessment.finding.comment").inWorkspace(t.workspaceId()).by(null, "respondent")
                .target("assessment-finding", findingId).changed("vendor_comment"));
    }

    public byte[] checksheet(String token, Locale locale) {
        Respondent r = respondent(token);
        return Checksheet.write(r.questionnaire(), r.answers(), r.assessment().operatorName(), locale);
    }

    /** Reads a filled-in check sheet as a draft: every cell is checked first, nothing is saved when any is wrong. */
    @Transactional
    public Assessment importChecksheet(String token, byte[] xlsx) {
        Respondent r = respondent(token);
        Checksheet.Filled filled = Checksheet.read(r.questionnaire(), xlsx);
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        r.answers().values().forEach(a -> {
            answers.put(a.questionId(), a.value());
            if (a.comment() != null) {
                comments.put(a.questionId(), a.comment());
            }
        });
        answers.putAll(filled.answers());
        comments.putAll(filled.comments());
        return saveAnswers(token, answers, comments, false);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

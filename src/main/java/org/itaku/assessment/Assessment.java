package org.itaku.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One questionnaire sent to one vendor: the aggregate that guards its own life. Answers are accepted only while
 * it is open and not past its due date; submitting locks it for the vendor; only a submitted assessment can be
 * reviewed; an overdue one locks until the officer reopens it with a new due date.
 */
public record Assessment(long id, long workspaceId, long operatorId, String operatorName, QuestionnaireRef questionnaire,
        String contactName, String contactEmail, AssessmentStatus status, AssessmentReason reason, LocalDate dueOn,
        MetiAnswers meti, Long previousId, LocalDate contractEndOn, Instant sentAt, String sentBy, Instant submittedAt,
        Instant reviewedAt, String reviewedBy, Result result) {

    /** Which questionnaire: a built-in one from the jar or a workspace's own copy, with its version. */
    public record QuestionnaireRef(String origin, String code, int version) {
        public static final String BUILT_IN = "builtin";
        public static final String WORKSPACE = "workspace";

        public QuestionnaireRef {
            if (!BUILT_IN.equals(origin) && !WORKSPACE.equals(origin)) {
                throw new IllegalArgumentException("questionnaire origin is builtin or workspace");
            }
            Objects.requireNonNull(code, "code");
        }

        public String key() {
            return origin + ":" + code + ":" + version;
        }
    }

    /** The officer's answers to the three METI questions that decide ★3 or ★4. */
    public record MetiAnswers(boolean holdsConfidentialInformation, boolean interruptionUnacceptable,
            boolean reachesInternalSystems) {
        public MetiLevel level() {
            return MetiLevel.decide(holdsConfidentialInformation, interruptionUnacceptable, reachesInternalSystems);
        }
    }

    /** What the review concluded. */
    public record Result(int earned, int possible, int percent, int passMark, boolean passed, List<String> blockers,
            List<String> weak, MetiLevel level, Tier tier, List<String> tierReasons, LocalDate nextDueOn) {
        public Result {
            blockers = List.copyOf(blockers);
            weak = List.copyOf(weak);
            tierReasons = List.copyOf(tierReasons);
        }
    }

    public Assessment {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(dueOn, "due date");
        Objects.requireNonNull(meti, "METI answers");
        contactEmail = Texts.email(contactEmail);
        contactName = Texts.optional(contactName, 200);
        if (status == AssessmentStatus.REVIEWED && result == null) {
            throw new IllegalArgumentException("a reviewed assessment has a result");
        }
    }

    /** Whether the vendor may still save or submit answers on {@code today} (the due date itself included). */
    public boolean acceptsAnswers(LocalDate today) {
        return status.open() && !today.isAfter(dueOn);
    }

    public boolean overdue(LocalDate today) {
        return status.open() && today.isAfter(dueOn);
    }

    Assessment draftSaved(LocalDate today) {
        requireAnswerable(today);
        return with(AssessmentStatus.IN_PROGRESS, dueOn, submittedAt, reviewedAt, reviewedBy, result);
    }

    Assessment submitted(LocalDate today, Instant at) {
        requireAnswerable(today);
        return with(AssessmentStatus.SUBMITTED, dueOn, at, reviewedAt, reviewedBy, result);
    }

    Assessment reviewed(Result outcome, Instant at, String by) {
        if (status != AssessmentStatus.SUBMITTED) {
            throw new AssessmentStateException("not-submitted");
        }
        return with(AssessmentStatus.REVIEWED, dueOn, submittedAt, at, by, Objects.requireNonNull(outcome));
    }

    Assessment locked(LocalDate today) {
        if (!overdue(today)) {
            throw new AssessmentStateException("not-overdue");
        }
        return with(AssessmentStatus.LOCKED, dueOn, submittedAt, reviewedAt, reviewedBy, result);
    }

    /** The officer gives the vendor more time (a locked assessment) or asks for changes (a submitted one). */
    Assessment reopened(LocalDate newDueOn, LocalDate today) {
        if (status != AssessmentStatus.LOCKED && status != AssessmentStatus.SUBMITTED && !status.open()) {
            throw new AssessmentStateException("not-reopenable");
        }
        if (status == AssessmentStatus.REVIEWED) {
            throw new AssessmentStateException("not-reopenable");
        }
        if (newDueOn == null || newDueOn.isBefore(today)) {
            throw new AssessmentRuleException("assessment.rule.newDueInPast");
        }
        return with(AssessmentStatus.IN_PROGRESS, newDueOn, null, reviewedAt, reviewedBy, result);
    }

    private void requireAnswerable(LocalDate today) {
        if (status == AssessmentStatus.SUBMITTED || status == AssessmentStatus.REVIEWED) {
            throw new AssessmentStateException("submitted");
        }
        if (!acceptsAnswers(today)) {
            throw new AssessmentStateException("overdue");
        }
    }

    private Assessment with(AssessmentStatus s, LocalDate due, Instant submitted, Instant reviewed, String by, Result r) {
        return new Assessment(id, workspaceId, operatorId, operatorName, questionnaire, contactName, contactEmail, s, reason,
                due, meti, previousId, contractEndOn, sentAt, sentBy, submitted, reviewed, by, r);
    }

    Assessment withId(long newId) {
        return new Assessment(newId, workspaceId, operatorId, operatorName, questionnaire, contactName, contactEmail, status,
                reason, dueOn, meti, previousId, contractEndOn, sentAt, sentBy, submittedAt, reviewedAt, reviewedBy, result);
    }
}

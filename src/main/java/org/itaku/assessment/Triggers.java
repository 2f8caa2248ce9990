package org.itaku.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.itaku.casebook.CaseSummary;
import org.itaku.casebook.Casebook;
import org.itaku.casebook.Controls;
import org.itaku.casebook.StoredCase;
import org.itaku.incident.Incident;
import org.itaku.incident.IncidentStatus;
import org.itaku.incident.Incidents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes assessing a vendor again when its contract was renewed (a later end date than when it was last asked),
 * when an incident was recorded at it after it was last asked, or when a case in the library has a cause whose
 * controls (the cause → control map: PPC guideline items and IPA self-check topics) are asked by questions this
 * vendor answered weakly. Proposals are kept once per source, and resolved by sending a new questionnaire.
 */
@Component
class Triggers {

    /** How many of the newest library cases are compared with the weak answers on each scan. */
    static final int CASES_SCANNED = 100;

    private final AssessmentStore store;
    private final Questionnaires questionnaires;
    private final RegisterFacts register;
    private final Incidents incidents;
    private final Casebook casebook;
    private final AuditTrail audit;
    private final Clock clock;

    Triggers(AssessmentStore store, Questionnaires questionnaires, RegisterFacts register, Incidents incidents,
            Casebook casebook, AuditTrail audit, Clock clock) {
        this.store = store;
        this.questionnaires = questionnaires;
        this.register = register;
        this.incidents = incidents;
        this.casebook = casebook;
        this.audit = audit;
        this.clock = clock;
    }

    /** Scans one workspace; returns the number of new proposals. */
    @Transactional
    int scan(long workspaceId) {
        Instant now = Instant.now(clock);
        List<Assessment> latest = store.latestPerOperator(workspaceId).stream()
                .filter(a -> a.status() == AssessmentStatus.SUBMITTED || a.status() == AssessmentStatus.REVIEWED).toList();
        if (latest.isEmpty()) {
            return 0;
        }
        int created = 0;
        List<Incident> recorded = new ArrayList<>();
        for (IncidentStatus status : IncidentStatus.values()) {
            recorded.addAll(incidents.search(workspaceId, "", status));
        }
        List<StoredCase> cases = new ArrayList<>();
        for (CaseSummary c : casebook.search(workspaceId, "", null, CASES_SCANNED)) {
            cases.add(casebook.find(workspaceId, c.id()));
        }
        for (Assessment a : latest) {
            RegisterFacts.Snapshot vendor;
            try {
                vendor = register.of(workspaceId, a.operatorId());
            } catch (RuntimeException removed) {
                continue;
            }
            if (vendor.contractEndOn() != null && a.contractEndOn() != null && vendor.contractEndOn().isAfter(a.contractEndOn())) {
                created += propose(workspaceId, a, AssessmentReason.RENEWAL, "contract:" + vendor.contractEndOn(),
                        a.contractEndOn() + " → " + vendor.contractEndOn(), now);
            }
            for (Incident i : recorded) {
                if (i.facts().operatorId() == a.operatorId() && i.createdAt().isAfter(a.sentAt())) {
                    created += propose(workspaceId, a, AssessmentReason.INCIDENT, "incident:" + i.id(), i.facts().title(), now);
                }
            }
            List<String> weak = weakAnswers(workspaceId, a);
            if (weak.isEmpty()) {
                continue;
            }
            Questionnaire q = questionnaires.get(workspaceId, a.questionnaire());
            for (StoredCase c : cases) {
                for (Controls.CauseControls cause : Controls.catalogue().forCauses(c.record().causes())) {
                    List<String> hit = questionsFor(q, cause).stream().filter(weak::contains).toList();
                    if (!hit.isEmpty()) {
                        String title = c.record().title() != null ? c.record().title() : c.sourceName();
                        created += propose(workspaceId, a, AssessmentReason.CASE, "case:" + c.id() + ":" + cause.causeId(),
                                cut(title, 300) + " — " + cause.causeId() + " " + cause.labelJa() + ": " + String.join(", ", hit), now);
                    }
                }
            }
        }
        return created;
    }

    private List<String> weakAnswers(long workspaceId, Assessment a) {
        if (a.result() != null) {
            return a.result().weak();
        }
        Questionnaire q = questionnaires.get(workspaceId, a.questionnaire());
        return Scoring.score(q, Assessments.values(store.answers(workspaceId, a.id())),
                store.questionsWithEvidence(workspaceId, a.id())).weak();
    }

    /** The questions whose references share a PPC item or an IPA topic with the cause's controls. */
    static Set<String> questionsFor(Questionnaire q, Controls.CauseControls cause) {
        Set<String> ppc = new LinkedHashSet<>();
        Set<Integer> ipa = new LinkedHashSet<>();
        for (Controls.Control c : cause.controls()) {
            if ("ppc".equals(c.kind())) {
                ppc.add(c.id());
            } else {
                try {
                    ipa.add(Integer.parseInt(c.id()));
                } catch (NumberFormatException ignored) {
                    // an IPA topic id that is not a number names no question
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Question question : q.questions()) {
            if (question.scored() && (question.refs().ppc().stream().anyMatch(ppc::contains)
                    || question.refs().ipa().stream().anyMatch(ipa::contains))) {
                out.add(question.id());
            }
        }
        return out;
    }

    private int propose(long workspaceId, Assessment a, AssessmentReason reason, String key, String detail, Instant now) {
        int n = store.jdbc().sql("""
                INSERT INTO assessment_proposal (workspace_id, operator_id, operator_name, reason, source_key, detail, proposed_at)
                SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM assessment_proposal
                    WHERE workspace_id = ? AND operator_id = ? AND reason = ? AND source_key = ?)""")
                .params(workspaceId, a.operatorId(), a.operatorName(), reason.name(), cut(key, 100), cut(detail, 1000),
                        AssessmentStore.utc(now), workspaceId, a.operatorId(), reason.name(), cut(key, 100))
                .update();
        if (n == 1) {
            audit.record(AuditEvent.of("assessment.propose").inWorkspace(workspaceId).target("operator", a.operatorId())
                    .changed("reason", "source_key"));
        }
        return n;
    }

    static List<Proposal> openProposals(AssessmentStore store, long workspaceId) {
        return store.jdbc().sql("""
                SELECT id, operator_id, operator_name, reason, source_key, detail, proposed_at FROM assessment_proposal
                WHERE workspace_id = ? AND resolved_at IS NULL ORDER BY proposed_at DESC, id DESC FETCH FIRST 200 ROWS ONLY""")
                .param(workspaceId)
                .query((rs, n) -> new Proposal(rs.getLong(1), rs.getLong(2), rs.getString(3), AssessmentReason.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getString(6), AssessmentStore.instant(rs.getTimestamp(7))))
                .list();
    }

    static void resolveProposals(AssessmentStore store, long workspaceId, long operatorId, Instant now) {
        store.jdbc().sql("UPDATE assessment_proposal SET resolved_at = ? WHERE workspace_id = ? AND operator_id = ? AND resolved_at IS NULL")
                .params(AssessmentStore.utc(now), workspaceId, operatorId).update();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

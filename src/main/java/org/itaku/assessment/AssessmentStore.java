package org.itaku.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The assessment tables. Every statement filters on the workspace id. */
@Repository
class AssessmentStore {

    private static final String COLUMNS = """
            id, workspace_id, operator_id, operator_name, questionnaire_origin, questionnaire_code, questionnaire_version,
            contact_name, contact_email, status, reason, due_on, holds_confidential, interruption_unacceptable,
            reaches_internal, previous_id, contract_end_on, sent_at, sent_by, submitted_at, reviewed_at, reviewed_by,
            score_earned, score_possible, score_percent, pass_mark, passed, blockers, weak, meti_level, tier, tier_reasons,
            next_due_on""";

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String join(List<String> ids) {
        return ids == null || ids.isEmpty() ? null : String.join(",", ids);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    // ---- assessments

    long insert(Assessment a) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assessment (workspace_id, operator_id, operator_name, questionnaire_origin, questionnaire_code,
                    questionnaire_version, contact_name, contact_email, status, reason, due_on, holds_confidential,
                    interruption_unacceptable, reaches_internal, previous_id, contract_end_on, sent_at, sent_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.workspaceId(), a.operatorId(), a.operatorName(), a.questionnaire().origin(), a.questionnaire().code(),
                        a.questionnaire().version(), a.contactName(), a.contactEmail(), a.status().name(), a.reason().name(),
                        a.dueOn(), a.meti().holdsConfidentialInformation(), a.meti().interruptionUnacceptable(),
                        a.meti().reachesInternalSystems(), a.previousId(), a.contractEndOn(), utc(a.sentAt()), a.sentBy())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Saves the state the aggregate moved to (status, dates, result). */
    void update(Assessment a) {
        Assessment.Result r = a.result();
        int rows = jdbc.sql("""
                UPDATE assessment SET status = ?, due_on = ?, submitted_at = ?, reviewed_at = ?, reviewed_by = ?,
                    score_earned = ?, score_possible = ?, score_percent = ?, pass_mark = ?, passed = ?, blockers = ?, weak = ?,
                    meti_level = ?, tier = ?, tier_reasons = ?, next_due_on = ?
                WHERE workspace_id = ? AND id = ?""")
                .params(a.status().name(), a.dueOn(), utc(a.submittedAt()), utc(a.reviewedAt()), a.reviewedBy(),
                        r == null ? null : r.earned(), r == null ? null : r.possible(), r == null ? null : r.percent(),
                        r == null ? null : r.passMark(), r == null ? null : r.passed(), r == null ? null : join(r.blockers()),
                        r == null ? null : join(r.weak()), r == null ? null : r.level().name(), r == null ? null : r.tier().name(),
                        r == null ? null : join(r.tierReasons()), r == null ? null : r.nextDueOn(), a.workspaceId(), a.id())
                .update();
        if (rows != 1) {
            throw new AssessmentNotFoundException("assessment " + a.id());
        }
    }

    Optional<Assessment> find(long workspaceId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id).query(AssessmentStore::assessment).optional();
    }

    /** Locks the row for the rest of the transaction, so two saves of one questionnaire queue up. */
    Optional<Assessment> findForUpdate(long workspaceId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE workspace_id = ? AND id = ? FOR UPDATE")
                .params(workspaceId, id).query(AssessmentStore::assessment).optional();
    }

    List<Assessment> ofOperator(long workspaceId, long operatorId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE workspace_id = ? AND operator_id = ? ORDER BY id DESC")
                .params(workspaceId, operatorId).query(AssessmentStore::assessment).list();
    }

    /** An assessment with the answers and evidence frozen at submission (both null when not frozen). */
    record Frozen(Assessment assessment, Map<String, String> answers, Set<String> evidence) {
    }

    /** The assessments of one status with their frozen answers: one row per vendor, one query. */
    List<Frozen> frozenByStatus(long workspaceId, AssessmentStatus status) {
        return jdbc.sql("SELECT " + COLUMNS + ", submitted_answers, submitted_evidence FROM assessment "
                + "WHERE workspace_id = ? AND status = ? ORDER BY id")
                .params(workspaceId, status.name())
                .query((rs, n) -> {
                    String answers = rs.getString("submitted_answers");
                    return new Frozen(assessment(rs, n), answers == null ? null : unpack(answers),
                            answers == null ? null : new HashSet<>(split(rs.getString("submitted_evidence"))));
                }).list();
    }

    /** Keeps the answers and the questions with evidence as submitted; null and null when the assessment is reopened. */
    void freeze(long workspaceId, long assessmentId, Map<String, String> answers, Set<String> evidence) {
        jdbc.sql("UPDATE assessment SET submitted_answers = ?, submitted_evidence = ? WHERE workspace_id = ? AND id = ?")
                .params(answers == null ? null : pack(answers), evidence == null ? null : join(new ArrayList<>(new java.util.TreeSet<>(evidence))),
                        workspaceId, assessmentId)
                .update();
    }

    /** One line per answer, "question id, tab, value", with backslash, tab, CR and LF escaped; by question id. */
    static String pack(Map<String, String> answers) {
        StringBuilder out = new StringBuilder(answers.size() * 16);
        new java.util.TreeMap<>(answers).forEach((id, value) -> {
            out.append(id).append('\t');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
            out.append('\n');
        });
        return out.toString();
    }

    static Map<String, String> unpack(String packed) {
        Map<String, String> out = new HashMap<>(96);
        int start = 0;
        while (start < packed.length()) {
            int end = packed.indexOf('\n', start);
            int tab = packed.indexOf('\t', start);
            if (end < 0 || tab < 0 || tab > end) {
                throw new IllegalStateException("stored answers are damaged near character " + start);
            }
            StringBuilder value = new StringBuilder(end - tab);
            for (int i = tab + 1; i < end; i++) {
                char c = packed.charAt(i);
                if (c == '\\' && i + 1 < end) {
                    char e = packed.charAt(++i);
                    value.append(e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e);
                } else {
                    value.append(c);
                }
            }
            out.put(packed.substring(start, tab), value.toString());
            start = end + 1;
        }
        return out;
    }

    List<Assessment> byContact(long workspaceId, String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE workspace_id = ? AND contact_email = ? ORDER BY id DESC FETCH FIRST 100 ROWS ONLY")
                .params(workspaceId, email).query(AssessmentStore::assessment).list();
    }

    /** The newest assessment of each vendor of the workspace. */
    List<Assessment> latestPerOperator(long workspaceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment a WHERE workspace_id = ? AND id = "
                + "(SELECT MAX(id) FROM assessment b WHERE b.workspace_id = a.workspace_id AND b.operator_id = a.operator_id) "
                + "ORDER BY operator_name, id")
                .param(workspaceId).query(AssessmentStore::assessment).list();
    }

    /** One page of the newest assessment of each vendor, optionally of one status only. */
    List<Assessment> overview(long workspaceId, String status, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment a WHERE workspace_id = :ws AND id = "
                + "(SELECT MAX(id) FROM assessment b WHERE b.workspace_id = a.workspace_id AND b.operator_id = a.operator_id) "
                + "AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status) "
                + "ORDER BY operator_name, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("ws", workspaceId).param("status", status).param("offset", offset).param("limit", limit)
                .query(AssessmentStore::assessment).list();
    }

    record Counts(long vendors, long open, long submitted, long reviewed, long locked, long failed, long overdue) {
    }

    /** Counts over the newest assessment of each vendor. */
    Counts counts(long workspaceId, LocalDate today) {
        return jdbc.sql("""
                SELECT COUNT(*),
                    SUM(CASE WHEN status IN ('SENT', 'IN_PROGRESS') THEN 1 ELSE 0 END),
                    SUM(CASE WHEN status = 'SUBMITTED' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN status = 'REVIEWED' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN status = 'LOCKED' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN status = 'REVIEWED' AND passed = FALSE THEN 1 ELSE 0 END),
                    SUM(CASE WHEN status = 'LOCKED' OR (status IN ('SENT', 'IN_PROGRESS') AND due_on < :today)
                        OR (status = 'REVIEWED' AND next_due_on < :today) THEN 1 ELSE 0 END)
                FROM assessment a WHERE workspace_id = :ws AND id =
                    (SELECT MAX(id) FROM assessment b WHERE b.workspace_id = a.workspace_id AND b.operator_id = a.operator_id)""")
                .param("ws", workspaceId).param("today", today)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7)))
                .single();
    }

    /** Open assessments (of every workspace) whose due date is before {@code day}: the overdue-lock job's work. */
    List<Assessment> openDueBefore(LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE status IN ('SENT', 'IN_PROGRESS') AND due_on < ? ORDER BY id")
                .param(day).query(AssessmentStore::assessment).list();
    }

    /** Open assessments (of every workspace) due on or before {@code day}: the reminder job's work. */
    List<Assessment> openDueBy(LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE status IN ('SENT', 'IN_PROGRESS') AND due_on <= ? ORDER BY id")
                .param(day).query(AssessmentStore::assessment).list();
    }

    List<Long> workspaces() {
        return jdbc.sql("SELECT DISTINCT workspace_id FROM assessment ORDER BY workspace_id").query(Long.class).list();
    }

    private static Assessment assessment(ResultSet rs, int n) throws SQLException {
        Assessment.Result result = null;
        if (rs.getString("tier") != null) {
            result = new Assessment.Result(rs.getInt("score_earned"), rs.getInt("score_possible"), rs.getInt("score_percent"),
                    rs.getInt("pass_mark"), rs.getBoolean("passed"), split(rs.getString("blockers")), split(rs.getString("weak")),
                    MetiLevel.valueOf(rs.getString("meti_level")), Tier.valueOf(rs.getString("tier")),
                    split(rs.getString("tier_reasons")), rs.getObject("next_due_on", LocalDate.class));
        }
        return new Assessment(rs.getLong("id"), rs.getLong("workspace_id"), rs.getLong("operator_id"), rs.getString("operator_name"),
                new Assessment.QuestionnaireRef(rs.getString("questionnaire_origin"), rs.getString("questionnaire_code"),
                        rs.getInt("questionnaire_version")),
                rs.getString("contact_name"), rs.getString("contact_email"), AssessmentStatus.valueOf(rs.getString("status")),
                AssessmentReason.valueOf(rs.getString("reason")), rs.getObject("due_on", LocalDate.class),
                new Assessment.MetiAnswers(rs.getBoolean("holds_confidential"), rs.getBoolean("interruption_unacceptable"),
                        rs.getBoolean("reaches_internal")),
                rs.getObject("previous_id", Long.class), rs.getObject("contract_end_on", LocalDate.class),
                instant(rs.getTimestamp("sent_at")), rs.getString("sent_by"), instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("reviewed_at")), rs.getString("reviewed_by"), result);
    }

    // ---- answers

    Map<String, Answer> answers(long workspaceId, long assessmentId) {
        Map<String, Answer> out = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, answer, comment FROM assessment_answer WHERE workspace_id = ? AND assessment_id = ?")
                .params(workspaceId, assessmentId)
                .query((rs, n) -> new Answer(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list().forEach(a -> out.put(a.questionId(), a));
        return out;
    }

    /**
     * Every answer of every assessment of the workspace in one status, in one set-based query (a join, streamed
     * row by row into the map): no per-assessment reads and no long IN lists, which H2 answers by scanning.
     */
    Map<Long, Map<String, String>> answersByStatus(long workspaceId, String status) {
        Map<Long, Map<String, String>> out = new HashMap<>();
        jdbc.sql("""
                SELECT x.assessment_id, x.question_id, x.answer FROM assessment a
                JOIN assessment_answer x ON x.assessment_id = a.id
                WHERE a.workspace_id = ? AND a.status = ? AND x.answer IS NOT NULL""")
                .params(workspaceId, status)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>(96)).put(rs.getString(2), rs.getString(3));
                });
        return out;
    }

    /** The questions with evidence of every assessment of the workspace in one status, in one query. */
    Map<Long, Set<String>> evidenceByStatus(long workspaceId, String status) {
        Map<Long, Set<String>> out = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT e.assessment_id, e.question_id FROM assessment a
                JOIN assessment_evidence e ON e.assessment_id = a.id
                WHERE a.workspace_id = ? AND a.status = ?""")
                .params(workspaceId, status)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        return out;
    }

    /** Replaces the answers of the assessment by these (blank answers with no comment are removed). */
    void saveAnswers(long workspaceId, long assessmentId, Map<String, Answer> answers, Instant at) {
        jdbc.sql("DELETE FROM assessment_answer WHERE workspace_id = ? AND assessment_id = ?").params(workspaceId, assessmentId).update();
        for (Answer a : answers.values()) {
            if (a.value() == null && a.comment() == null) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO assessment_answer (workspace_id, assessment_id, question_id, answer, comment, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(workspaceId, assessmentId, a.questionId(), a.value(), a.comment(), utc(at)).update();
        }
    }

    // ---- evidence

    long insertEvidence(long workspaceId, long assessmentId, String questionId, String fileName, String contentType,
            byte[] content, String sha256, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assessment_evidence (workspace_id, assessment_id, question_id, file_name, content_type, size_bytes,
                    sha256, content, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, assessmentId, questionId, fileName, contentType, content.length, sha256, content, utc(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<Evidence> evidence(long workspaceId, long assessmentId) {
        return jdbc.sql("""
                SELECT id, assessment_id, question_id, file_name, content_type, size_bytes, sha256, uploaded_at
                FROM assessment_evidence WHERE workspace_id = ? AND assessment_id = ? ORDER BY id""")
                .params(workspaceId, assessmentId)
                .query((rs, n) -> new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getString(7), instant(rs.getTimestamp(8))))
                .list();
    }

    Set<String> questionsWithEvidence(long workspaceId, long assessmentId) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT question_id FROM assessment_evidence WHERE workspace_id = ? AND assessment_id = ?")
                .params(workspaceId, assessmentId).query(String.class).list());
    }

    Optional<byte[]> evidenceContent(long workspaceId, long assessmentId, long evidenceId) {
        return jdbc.sql("SELECT content FROM assessment_evidence WHERE workspace_id = ? AND assessment_id = ? AND id = ?")
                .params(workspaceId, assessmentId, evidenceId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    int deleteEvidence(long workspaceId, long assessmentId, long evidenceId) {
        return jdbc.sql("DELETE FROM assessment_evidence WHERE workspace_id = ? AND assessment_id = ? AND id = ?")
                .params(workspaceId, assessmentId, evidenceId).update();
    }

    // ---- findings

    long insertFinding(long workspaceId, Finding f) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assessment_finding (workspace_id, assessment_id, operator_id, question_id, severity, description,
                    remediation_due_on, vendor_comment, status, raised_at, raised_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, f.assessmentId(), f.operatorId(), f.questionId(), f.severity().name(), f.description(),
                        f.remediationDueOn(), f.vendorComment(), f.status().name(), utc(f.raisedAt()), f.raisedBy())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void updateFinding(long workspaceId, Finding f) {
        jdbc.sql("""
                UPDATE assessment_finding SET vendor_comment = ?, status = ?, closed_at = ?, closed_by = ?
                WHERE workspace_id = ? AND id = ?""")
                .params(f.vendorComment(), f.status().name(), utc(f.closedAt()), f.closedBy(), workspaceId, f.id()).update();
    }

    private static final String FINDING_COLUMNS = """
            id, assessment_id, operator_id, question_id, severity, description, remediation_due_on, vendor_comment, status,
            raised_at, raised_by, closed_at, closed_by""";

    private static Finding finding(ResultSet rs, int n) throws SQLException {
        return new Finding(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), Finding.Severity.valueOf(rs.getString(5)),
                rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), Finding.Status.valueOf(rs.getString(9)),
                instant(rs.getTimestamp(10)), rs.getString(11), instant(rs.getTimestamp(12)), rs.getString(13));
    }

    List<Finding> findings(long workspaceId, long assessmentId) {
        return jdbc.sql("SELECT " + FINDING_COLUMNS + " FROM assessment_finding WHERE workspace_id = ? AND assessment_id = ? ORDER BY id")
                .params(workspaceId, assessmentId).query(AssessmentStore::finding).list();
    }

    Optional<Finding> finding(long workspaceId, long id) {
        return jdbc.sql("SELECT " + FINDING_COLUMNS + " FROM assessment_finding WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id).query(AssessmentStore::finding).optional();
    }

    List<Finding> openFindings(long workspaceId, int limit) {
        return jdbc.sql("SELECT " + FINDING_COLUMNS + " FROM assessment_finding WHERE workspace_id = ? AND status = 'OPEN' "
                + "ORDER BY remediation_due_on, id FETCH FIRST " + limit + " ROWS ONLY")
                .param(workspaceId).query(AssessmentStore::finding).list();
    }

    Map<Long, Integer> openFindingCounts(long workspaceId) {
        Map<Long, Integer> out = new HashMap<>();
        jdbc.sql("SELECT operator_id, COUNT(*) FROM assessment_finding WHERE workspace_id = ? AND status = 'OPEN' GROUP BY operator_id")
                .param(workspaceId).query(rs -> {
                    out.put(rs.getLong(1), rs.getInt(2));
                });
        return out;
    }

    // ---- reminders

    /** Records that a reminder is being sent; false when it was sent before. */
    boolean claimReminder(long workspaceId, long assessmentId, String kind, Instant at) {
        try {
            return jdbc.sql("""
                    INSERT INTO assessment_reminder (workspace_id, assessment_id, kind, sent_at) SELECT ?, ?, ?, ?
                    WHERE NOT EXISTS (SELECT 1 FROM assessment_reminder WHERE assessment_id = ? AND kind = ?)""")
                    .params(workspaceId, assessmentId, kind, utc(at), assessmentId, kind).update() == 1;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    void releaseReminder(long workspaceId, long assessmentId, String kind) {
        jdbc.sql("DELETE FROM assessment_reminder WHERE workspace_id = ? AND assessment_id = ? AND kind = ?")
                .params(workspaceId, assessmentId, kind).update();
    }
}

package org.itaku.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaires a workspace can send: the built-in ones and its own edited copies. A saved copy is never
 * changed: saving an edit makes the next version, so every assessment keeps the questions its vendor answered.
 */
@Service
public class Questionnaires {

    private final QuestionnaireLibrary library = QuestionnaireLibrary.builtIn();
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, Questionnaire> parsed = new ConcurrentHashMap<>();

    Questionnaires(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A questionnaire that can be sent, with where it comes from. */
    public record Entry(Assessment.QuestionnaireRef ref, Questionnaire questionnaire) {
    }

    public Questionnaire get(long workspaceId, Assessment.QuestionnaireRef ref) {
        if (Assessment.QuestionnaireRef.BUILT_IN.equals(ref.origin())) {
            return library.find(ref.code(), ref.version())
                    .orElseThrow(() -> new AssessmentNotFoundException("questionnaire " + ref.code() + " v" + ref.version()));
        }
        return parsed.computeIfAbsent(workspaceId + ":" + ref.key(), k -> withVersion(QuestionnaireYaml.parse(yaml(workspaceId, ref)),
                ref.version()));
    }

    public String yaml(long workspaceId, Assessment.QuestionnaireRef ref) {
        if (Assessment.QuestionnaireRef.BUILT_IN.equals(ref.origin())) {
            return library.source(ref.code(), ref.version());
        }
        return jdbc.sql("SELECT yaml FROM assessment_questionnaire WHERE workspace_id = ? AND code = ? AND version = ?")
                .params(workspaceId, ref.code(), ref.version()).query(String.class).optional()
                .orElseThrow(() -> new AssessmentNotFoundException("questionnaire " + ref.code() + " v" + ref.version()));
    }

    public Assessment.QuestionnaireRef standard() {
        Questionnaire q = library.standard();
        return new Assessment.QuestionnaireRef(Assessment.QuestionnaireRef.BUILT_IN, q.code(), q.version());
    }

    /** The workspace's own copies (newest first), then the built-in ones. */
    public List<Entry> available(long workspaceId) {
        List<Entry> out = new ArrayList<>();
        jdbc.sql("SELECT code, version FROM assessment_questionnaire WHERE workspace_id = ? ORDER BY code, version DESC")
                .param(workspaceId)
                .query((rs, n) -> new Assessment.QuestionnaireRef(Assessment.QuestionnaireRef.WORKSPACE, rs.getString(1), rs.getInt(2)))
                .list().forEach(ref -> out.add(new Entry(ref, get(workspaceId, ref))));
        for (Questionnaire q : library.all()) {
            out.add(new Entry(new Assessment.QuestionnaireRef(Assessment.QuestionnaireRef.BUILT_IN, q.code(), q.version()), q));
        }
        return out;
    }

    /**
     * Saves YAML as the workspace's next version of its code (starting from 1); the YAML is checked in full first
     * and refused with the reason when anything is wrong.
     */
    @Transactional
    public Assessment.QuestionnaireRef save(long workspaceId, String yaml, String actor) {
        Questionnaire q = QuestionnaireYaml.parse(yaml);
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM assessment_questionnaire WHERE workspace_id = ? AND code = ?")
                .params(workspaceId, q.code()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO assessment_questionnaire (workspace_id, code, version, title, yaml, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, q.code(), version, q.titleJa(), yaml, AssessmentStore.utc(Instant.now(clock)), actor).update();
        audit.record(AuditEvent.of("assessment.questionnaire.save").inWorkspace(workspaceId)
                .target("assessment-questionnaire", q.code() + " v" + version).changed("yaml"));
        return new Assessment.QuestionnaireRef(Assessment.QuestionnaireRef.WORKSPACE, q.code(), version);
    }

    private static Questionnaire withVersion(Questionnaire q, int version) {
        return new Questionnaire(q.code(), version, q.titleJa(), q.titleEn(), q.passMark(), q.sections(), q.questions());
    }
}

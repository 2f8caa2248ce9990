package org.itaku.incident;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.itaku.obligation.Decision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What accumulates around a case: affected holdings, notices, evaluations, timeline and tasks. Workspace-filtered. */
@Repository
class CaseEntries {

    private final JdbcClient jdbc;

    CaseEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- affected holdings

    void addHolding(long workspaceId, long incidentId, AffectedHolding h) {
        jdbc.sql("""
                INSERT INTO incident_holding (workspace_id, incident_id, holding_id, principal_id, description,
                  item_codes, persons, persons_max, strong_encryption) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, incidentId, h.holdingId(), h.principalId(), h.description(), h.itemCodes(),
                        h.persons(), h.personsMax(), h.strongEncryption())
                .update();
    }

    boolean removeHolding(long workspaceId, long incidentId, long holdingId) {
        return jdbc.sql("DELETE FROM incident_holding WHERE workspace_id = ? AND incident_id = ? AND holding_id = ?")
                .params(workspaceId, incidentId, holdingId).update() > 0;
    }

    void removeHoldings(long workspaceId, long incidentId) {
        jdbc.sql("DELETE FROM incident_holding WHERE workspace_id = ? AND incident_id = ?")
                .params(workspaceId, incidentId).update();
    }

    List<AffectedHolding> holdings(long workspaceId, long incidentId) {
        return jdbc.sql("SELECT holding_id, principal_id, description, item_codes, persons, persons_max, strong_encryption "
                        + "FROM incident_holding WHERE workspace_id = ? AND incident_id = ? ORDER BY holding_id")
                .params(workspaceId, incidentId)
                .query((rs, n) -> new AffectedHolding(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getBoolean(7)))
                .list();
    }

    // ---- notices

    void addNotice(long workspaceId, long incidentId, long from, long to, Instant at, Long by) {
        jdbc.sql("INSERT INTO incident_notice (workspace_id, incident_id, from_operator_id, to_operator_id, sent_at, sent_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(workspaceId, incidentId, from, to, Timestamp.from(at), by).update();
    }

    List<Notice> notices(long workspaceId, long incidentId) {
        return jdbc.sql("SELECT from_operator_id, to_operator_id, sent_at FROM incident_notice "
                        + "WHERE workspace_id = ? AND incident_id = ? ORDER BY sent_at, id")
                .params(workspaceId, incidentId)
                .query((rs, n) -> new Notice(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant())).list();
    }

    // ---- evaluations

    void addEvaluation(long workspaceId, long incidentId, long operatorId, Decision d, String trigger, Instant at) {
        jdbc.sql("""
                INSERT INTO incident_evaluation (workspace_id, incident_id, operator_id, reportable, appi_categories,
                  my_number_categories, exemption, rule_set, trigger_text, evaluated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, incidentId, operatorId, d.reportable(), join(d.appiCategories()),
                        join(d.myNumberCategories()), d.exemption(), d.ruleSet(),
                        trigger.length() > 500 ? trigger.substring(0, 500) : trigger, Timestamp.from(at))
                .update();
    }

    private static String join(List<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    List<Evaluation> evaluations(long workspaceId, long incidentId) {
        return jdbc.sql("""
                SELECT operator_id, reportable, appi_categories, my_number_categories, exemption, rule_set, trigger_text,
                  evaluated_at FROM incident_evaluation WHERE workspace_id = ? AND incident_id = ? ORDER BY id""")
                .params(workspaceId, incidentId)
                .query((rs, n) -> new Evaluation(rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    // ---- timeline

    void addTimeline(long workspaceId, long incidentId, TimelineEntry e) {
        jdbc.sql("INSERT INTO incident_timeline (workspace_id, incident_id, occurred_at, entry, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(workspaceId, incidentId, Timestamp.from(e.occurredAt()), e.entry(), e.recordedBy()).update();
    }

    List<TimelineEntry> timeline(long workspaceId, long incidentId) {
        return jdbc.sql("SELECT id, occurred_at, entry, recorded_by FROM incident_timeline "
                        + "WHERE workspace_id = ? AND incident_id = ? ORDER BY occurred_at, id")
                .params(workspaceId, incidentId)
                .query((rs, n) -> new TimelineEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    // ---- tasks

    void addTask(long workspaceId, long incidentId, IncidentTask t) {
        jdbc.sql("INSERT INTO incident_task (workspace_id, incident_id, title, assignee, due_on, done_on) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(workspaceId, incidentId, t.title(), t.assignee(), t.dueOn(), t.doneOn()).update();
    }

    boolean completeTask(long workspaceId, long incidentId, long taskId, LocalDate on) {
        return jdbc.sql("UPDATE incident_task SET done_on = ? WHERE workspace_id = ? AND incident_id = ? AND id = ? "
                        + "AND done_on IS NULL")
                .params(on, workspaceId, incidentId, taskId).update() > 0;
    }

    List<IncidentTask> tasks(long workspaceId, long incidentId) {
        return jdbc.sql("SELECT id, title, assignee, due_on, done_on FROM incident_task "
                        + "WHERE workspace_id = ? AND incident_id = ? ORDER BY id")
                .params(workspaceId, incidentId)
                .query((rs, n) -> new IncidentTask(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Cases.date(rs, "due_on"), Cases.date(rs, "done_on")))
                .list();
    }
}

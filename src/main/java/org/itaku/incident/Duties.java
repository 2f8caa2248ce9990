package org.itaku.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.itaku.obligation.Obligation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The obligations register and its history. Every statement filters on the workspace. */
@Repository
class Duties {

    private static final String COLUMNS = "id, incident_id, operator_id, duty, kind, authority, due_on, window_from, "
            + "window_to, binding, basis, rule_set, status, fulfilled_on, on_time, not_required_reason, requested_by, "
            + "approved_by";

    private final JdbcClient jdbc;

    Duties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long workspaceId, Duty d, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO incident_obligation (workspace_id, incident_id, operator_id, duty, kind, authority, due_on,
                  window_from, window_to, binding, basis, rule_set, status, fulfilled_on, on_time, not_required_reason,
                  requested_by, approved_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, d.incidentId(), d.operatorId(), d.duty(), d.kind().name(), d.authority(),
                        d.dueOn(), d.windowFrom(), d.windowTo(), d.binding(), String.join("; ", d.basis()),
                        d.ruleSet(), d.status().name(), d.fulfilledOn(), d.onTime(), d.notRequiredReason(),
                        d.requestedBy(), d.approvedBy(), Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Writes the row's present state to the history, then replaces it: nothing is lost. */
    void replace(long workspaceId, Duty before, Duty after, String changeReason, Instant now) {
        jdbc.sql("""
                INSERT INTO incident_obligation_history (workspace_id, obligation_id, incident_id, operator_id, duty,
                  due_on, window_from, window_to, rule_set, status, change_reason, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, before.id(), before.incidentId(), before.operatorId(), before.duty(),
                        before.dueOn(), before.windowFrom(), before.windowTo(), before.ruleSet(), before.status().name(),
                        changeReason == null || changeReason.isBlank() ? "-" : abbreviate(changeReason.strip()),
                        Timestamp.from(now))
                .update();
        jdbc.sql("""
                UPDATE incident_obligation SET due_on = ?, window_from = ?, window_to = ?, binding = ?, basis = ?,
                  rule_set = ?, status = ?, fulfilled_on = ?, on_time = ?, not_required_reason = ?, requested_by = ?,
                  approved_by = ?, updated_at = ?
                WHERE workspace_id = ? AND id = ?""")
                .params(after.dueOn(), after.windowFrom(), after.windowTo(), after.binding(),
                        String.join("; ", after.basis()), after.ruleSet(), after.status().name(), after.fulfilledOn(),
                        after.onTime(), after.notRequiredReason(), after.requestedBy(), after.approvedBy(),
                        Timestamp.from(now), workspaceId, before.id())
                .update();
    }

    /** A reason naming many operators (a vendor's notice to thousands of principals) is cut, not refused. */
    private static String abbreviate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }

    List<Duty> of(long workspaceId, long incidentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? AND incident_id = ? "
                        + "ORDER BY operator_id, id")
                .params(workspaceId, incidentId).query(Duties::map).list();
    }

    Optional<Duty> find(long workspaceId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id).query(Duties::map).optional();
    }

    private static final String OPEN_WITH_DEADLINE = " FROM incident_obligation WHERE workspace_id = ? AND status = 'OPEN' "
            + "AND COALESCE(due_on, window_to) IS NOT NULL AND COALESCE(due_on, window_to) <= ?";

    /** Open obligations with a deadline on or before {@code until}, soonest first, at most {@code limit}. */
    List<Duty> openWithDeadline(long workspaceId, LocalDate until, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + OPEN_WITH_DEADLINE + " ORDER BY COALESCE(due_on, window_to), id LIMIT ?")
                .params(workspaceId, until, limit).query(Duties::map).list();
    }

    int countOpenWithDeadline(long workspaceId, LocalDate until) {
        return jdbc.sql("SELECT COUNT(*)" + OPEN_WITH_DEADLINE).params(workspaceId, until).query(Integer.class).single();
    }

    /** The reminder job's starting point: the one query that spans workspaces, and it reads only their ids. */
    List<Long> workspacesWithOpenDuties() {
        return jdbc.sql("SELECT DISTINCT workspace_id FROM incident_obligation WHERE status = 'OPEN' ORDER BY workspace_id")
                .query(Long.class).list();
    }

    int countOpen(long workspaceId, long incidentId) {
        return jdbc.sql("SELECT COUNT(*) FROM incident_obligation WHERE workspace_id = ? AND incident_id = ? "
                        + "AND status = 'OPEN'")
                .params(workspaceId, incidentId).query(Integer.class).single();
    }

    int historyCount(long workspaceId, long incidentId, long operatorId) {
        return jdbc.sql("SELECT COUNT(*) FROM incident_obligation_history WHERE workspace_id = ? AND incident_id = ? "
                        + "AND operator_id = ?")
                .params(workspaceId, incidentId, operatorId).query(Integer.class).single();
    }

    static Duty map(ResultSet rs, int n) throws SQLException {
        Object binding = rs.getObject("binding");
        Object onTime = rs.getObject("on_time");
        String basis = rs.getString("basis");
        return new Duty(rs.getLong("id"), rs.getLong("incident_id"), rs.getLong("operator_id"), rs.getString("duty"),
                Obligation.Kind.valueOf(rs.getString("kind")), rs.getString("authority"), Cases.date(rs, "due_on"),
                Cases.date(rs, "window_from"), Cases.date(rs, "window_to"),
                binding == null ? null : rs.getBoolean("binding"),
                basis.isBlank() ? List.of() : Arrays.asList(basis.split("; ")), rs.getString("rule_set"),
                DutyStatus.valueOf(rs.getString("status")), Cases.date(rs, "fulfilled_on"),
                onTime == null ? null : rs.getBoolean("on_time"), rs.getString("not_required_reason"),
                rs.getString("requested_by"), rs.getString("approved_by"));
    }
}

package org.itaku.incident;

import static java.sql.Types.BIGINT;
import static java.sql.Types.BOOLEAN;
import static java.sql.Types.DATE;
import static java.sql.Types.TIMESTAMP;
import static java.sql.Types.VARCHAR;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    private final CaseReads reads;

    Duties(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, CaseReads reads) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.reads = reads;
    }

    private static final String INSERT = """
            INSERT INTO incident_obligation (workspace_id, incident_id, operator_id, duty, kind, authority, due_on,
              window_from, window_to, binding, basis, rule_set, status, fulfilled_on, on_time, not_required_reason,
              requested_by, approved_by, updated_at, deadline)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    /** Each parameter's SQL type: the driver is not asked for it row by row (700,000 rows at a vendor). */
    private static final int[] INSERT_TYPES = {BIGINT, BIGINT, BIGINT, VARCHAR, VARCHAR, VARCHAR, DATE, DATE, DATE,
        BOOLEAN, VARCHAR, VARCHAR, VARCHAR, DATE, BOOLEAN, VARCHAR, VARCHAR, VARCHAR, TIMESTAMP, DATE};

    /** New rows of a re-evaluation, in batches. */
    void insertAll(long workspaceId, List<Duty> fresh, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> rows = new java.util.ArrayList<>(Parties.BATCH);
        for (Duty d : fresh) {
            rows.add(new Object[] {workspaceId, d.incidentId(), d.operatorId(), d.duty(), d.kind().name(), d.authority(),
                    d.dueOn(), d.windowFrom(), d.windowTo(), d.binding(), String.join("; ", d.basis()), d.ruleSet(),
                    d.status().name(), d.fulfilledOn(), d.onTime(), d.notRequiredReason(), d.requestedBy(),
                    d.approvedBy(), at, d.deadline()});
            if (rows.size() == Parties.BATCH) {
                batch.batchUpdate(INSERT, rows, INSERT_TYPES);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate(INSERT, rows, INSERT_TYPES);
        }
    }

    /** Changed rows of a re-evaluation: each earlier state to the history, then the new state, in batches. */
    void replaceAll(long workspaceId, List<IncidentCase.DutyChange> changes, String changeReason, Instant now) {
        Timestamp at = Timestamp.from(now);
        String reason = changeReason == null || changeReason.isBlank() ? "-" : abbreviate(changeReason.strip());
        List<Object[]> history = new java.util.ArrayList<>(Parties.BATCH);
        List<Object[]> updates = new java.util.ArrayList<>(Parties.BATCH);
        for (IncidentCase.DutyChange c : changes) {
            Duty before = c.before();
            Duty after = c.after();
            history.add(new Object[] {workspaceId, before.id(), before.incidentId(), before.operatorId(), before.duty(),
                    before.dueOn(), before.windowFrom(), before.windowTo(), before.ruleSet(), before.status().name(),
                    reason, at});
            updates.add(new Object[] {after.dueOn(), after.windowFrom(), after.windowTo(), after.binding(),
                    String.join("; ", after.basis()), after.ruleSet(), after.status().name(), after.fulfilledOn(),
                    after.onTime(), after.notRequiredReason(), after.requestedBy(), after.approvedBy(), at,
                    after.deadline(), workspaceId, before.id()});
            if (updates.size() == Parties.BATCH) {
                flushReplace(history, updates);
            }
        }
        flushReplace(history, updates);
    }

    private static final int[] HISTORY_TYPES = {BIGINT, BIGINT, BIGINT, BIGINT, VARCHAR, DATE, DATE, DATE, VARCHAR,
        VARCHAR, VARCHAR, TIMESTAMP};
    private static final int[] UPDATE_TYPES = {DATE, DATE, DATE, BOOLEAN, VARCHAR, VARCHAR, VARCHAR, DATE, BOOLEAN,
        VARCHAR, VARCHAR, VARCHAR, TIMESTAMP, DATE, BIGINT, BIGINT};

    private void flushReplace(List<Object[]> history, List<Object[]> updates) {
        if (updates.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                INSERT INTO incident_obligation_history (workspace_id, obligation_id, incident_id, operator_id, duty,
                  due_on, window_from, window_to, rule_set, status, change_reason, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", history, HISTORY_TYPES);
        batch.batchUpdate("""
                UPDATE incident_obligation SET due_on = ?, window_from = ?, window_to = ?, binding = ?, basis = ?,
                  rule_set = ?, status = ?, fulfilled_on = ?, on_time = ?, not_required_reason = ?, requested_by = ?,
                  approved_by = ?, updated_at = ?, deadline = ?
                WHERE workspace_id = ? AND id = ?""", updates, UPDATE_TYPES);
        history.clear();
        updates.clear();
    }

    long insert(long workspaceId, Duty d, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO incident_obligation (workspace_id, incident_id, operator_id, duty, kind, authority, due_on,
                  window_from, window_to, binding, basis, rule_set, status, fulfilled_on, on_time, not_required_reason,
                  requested_by, approved_by, updated_at, deadline)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, d.incidentId(), d.operatorId(), d.duty(), d.kind().name(), d.authority(),
                        d.dueOn(), d.windowFrom(), d.windowTo(), d.binding(), String.join("; ", d.basis()),
                        d.ruleSet(), d.status().name(), d.fulfilledOn(), d.onTime(), d.notRequiredReason(),
                        d.requestedBy(), d.approvedBy(), Timestamp.from(now), d.deadline())
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
                  approved_by = ?, updated_at = ?, deadline = ?
                WHERE workspace_id = ? AND id = ?""")
                .params(after.dueOn(), after.windowFrom(), after.windowTo(), after.binding(),
                        String.join("; ", after.basis()), after.ruleSet(), after.status().name(), after.fulfilledOn(),
                        after.onTime(), after.notRequiredReason(), after.requestedBy(), after.approvedBy(),
                        Timestamp.from(now), after.deadline(), workspaceId, before.id())
                .update();
    }

    /** A reason naming many operators (a vendor's notice to thousands of principals) is cut, not refused. */
    private static String abbreviate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }

    List<Duty> of(long workspaceId, long incidentId) {
        Map<String, Object> shared = new HashMap<>();
        List<Duty> out = new java.util.ArrayList<>();
        // In the order of ix_incident_obligation_case, all of its columns: the rows stream from the index (see
        // CaseReads); ordering by (operator, id) alone made H2 sort 700,000 rows at a vendor, on disk.
        reads.stream("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? AND incident_id = ? "
                + "ORDER BY workspace_id, incident_id, operator_id, id", rs -> {
                    out.add(map(rs, shared));
                }, workspaceId, incidentId);
        return out;
    }

    /** The obligations of some operators of one incident (the rows of one page). */
    List<Duty> ofOperators(long workspaceId, long incidentId, java.util.Collection<Long> operatorIds) {
        if (operatorIds.isEmpty()) {
            return List.of();
        }
        // The range bounds the index scan to the page's ids (a page lists neighbouring operators); the IN list alone
        // would be checked against every obligation of the incident on H2 (700,000 at a vendor).
        long min = operatorIds.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = operatorIds.stream().mapToLong(Long::longValue).max().orElseThrow();
        List<Object> params = new java.util.ArrayList<>(List.of(workspaceId, incidentId, min, max));
        params.addAll(operatorIds);
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? AND incident_id = ? "
                        + "AND operator_id BETWEEN ? AND ? AND operator_id IN ("
                        + String.join(",", java.util.Collections.nCopies(operatorIds.size(), "?")) + ") ORDER BY operator_id, id")
                .params(params).query(Duties::map).list();
    }

    /** One page of an incident's obligations, optionally of one kind and status, soonest deadline first. */
    List<Duty> page(long workspaceId, long incidentId, Obligation.Kind kind, DutyStatus status, int offset, int limit) {
        // Conditions only for the filters given, and the order of ix_incident_obligation_case: the rows come from the
        // index in order and the scan stops after the page, instead of sorting 700,000 obligations for every page.
        List<Object> params = new java.util.ArrayList<>(List.of(workspaceId, incidentId));
        StringBuilder where = new StringBuilder(" WHERE workspace_id = ? AND incident_id = ?");
        if (kind != null) {
            where.append(" AND kind = ?");
            params.add(kind.name());
        }
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_obligation" + where
                        + " ORDER BY workspace_id, incident_id, operator_id, id LIMIT ? OFFSET ?")
                .params(params).query(Duties::map).list();
    }

    long count(long workspaceId, long incidentId, Obligation.Kind kind, DutyStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM incident_obligation WHERE workspace_id = ? AND incident_id = ? "
                        + "AND (? = '' OR kind = ?) AND (? = '' OR status = ?)")
                .params(workspaceId, incidentId, kind == null ? "" : kind.name(), kind == null ? "" : kind.name(),
                        status == null ? "" : status.name(), status == null ? "" : status.name())
                .query(Long.class).single();
    }

    /** An incident's obligations counted by kind, status and deadline: the obligations list's first screen. */
    record Tally(Obligation.Kind kind, DutyStatus status, LocalDate deadline, long count) {
    }

    List<Tally> tally(long workspaceId, long incidentId) {
        return jdbc.sql("""
                SELECT kind, status, COALESCE(due_on, window_to) AS deadline, COUNT(*) FROM incident_obligation
                WHERE workspace_id = ? AND incident_id = ? GROUP BY kind, status, COALESCE(due_on, window_to)
                ORDER BY kind, status, COALESCE(due_on, window_to)""")
                .params(workspaceId, incidentId)
                .query((rs, n) -> new Tally(Obligation.Kind.valueOf(rs.getString(1)),
                        DutyStatus.valueOf(rs.getString(2)), Cases.date(rs, "deadline"), rs.getLong(4)))
                .list();
    }

    /**
     * The first open obligation (by id) of one incident, kind and deadline: ordered by all the columns of the index on
     * (workspace, status, deadline, id), so H2 reads that index in order and stops at the first match instead of
     * walking the day's other obligations (170,000 clients share a day at a vendor).
     */
    Optional<Duty> firstOpen(long workspaceId, long incidentId, Obligation.Kind kind, LocalDate deadline) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? AND status = 'OPEN' "
                        + "AND deadline = ? AND incident_id = ? AND kind = ? "
                        + "ORDER BY workspace_id, status, deadline, id LIMIT 1")
                .params(workspaceId, deadline, incidentId, kind.name()).query(Duties::map).optional();
    }

    Optional<Duty> find(long workspaceId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id).query(Duties::map).optional();
    }

    private static final String OPEN_WITH_DEADLINE = " FROM incident_obligation WHERE workspace_id = ? AND status = 'OPEN' "
            + "AND COALESCE(due_on, window_to) IS NOT NULL AND COALESCE(due_on, window_to) <= ?";

    /** Open obligations with a deadline on or before {@code until}, soonest first, at most {@code limit}. */
    List<Duty> openWithDeadline(long workspaceId, LocalDate until, int limit) {
        // The kept deadline column and its index give the soonest rows in order (the dashboard's agenda): sorting
        // COALESCE(due_on, window_to) walked every open obligation of the workspace, 700,000 with a vendor case.
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? AND status = 'OPEN' "
                        + "AND deadline <= ? ORDER BY workspace_id, status, deadline, id LIMIT ?")
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
        return map(rs, new HashMap<>());
    }

    /** One row to a duty; equal strings and basis lists are shared (an incident at a vendor has 700,000 rows). */
    @SuppressWarnings("unchecked")
    private static Duty map(ResultSet rs, Map<String, Object> shared) throws SQLException {
        Object binding = rs.getObject("binding");
        Object onTime = rs.getObject("on_time");
        String basisText = rs.getString("basis");
        List<String> basisList = (List<String>) shared.computeIfAbsent("basis:" + basisText,
                k -> basisText.isBlank() ? List.of() : List.of(basisText.split("; ")));
        return new Duty(rs.getLong("id"), rs.getLong("incident_id"), rs.getLong("operator_id"),
                (String) shared.computeIfAbsent("s:" + rs.getString("duty"), k -> k.substring(2)),
                Obligation.Kind.valueOf(rs.getString("kind")), share(shared, rs.getString("authority")),
                Cases.date(rs, "due_on"), Cases.date(rs, "window_from"), Cases.date(rs, "window_to"),
                binding == null ? null : rs.getBoolean("binding"), basisList, share(shared, rs.getString("rule_set")),
                DutyStatus.valueOf(rs.getString("status")), Cases.date(rs, "fulfilled_on"),
                onTime == null ? null : rs.getBoolean("on_time"), rs.getString("not_required_reason"),
                rs.getString("requested_by"), rs.getString("approved_by"));
    }

    private static String share(Map<String, Object> shared, String value) {
        return value == null ? null : (String) shared.computeIfAbsent("s:" + value, k -> value);
    }

}

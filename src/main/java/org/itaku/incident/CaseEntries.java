package org.itaku.incident;

import static java.sql.Types.BIGINT;
import static java.sql.Types.BOOLEAN;
import static java.sql.Types.INTEGER;
import static java.sql.Types.TIMESTAMP;
import static java.sql.Types.VARCHAR;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What accumulates around a case: affected holdings, notices, evaluations, timeline and tasks. Workspace-filtered.
 * Batches name each parameter's SQL type, so the driver is not asked for it row by row (a relay at a vendor writes
 * 170,000 notices and evaluations).
 */
@Repository
class CaseEntries {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    CaseEntries(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    // ---- affected holdings

    void addHoldings(long workspaceId, long incidentId, List<AffectedHolding> holdings) {
        List<Object[]> rows = new ArrayList<>();
        for (AffectedHolding h : holdings) {
            rows.add(new Object[] {workspaceId, incidentId, h.holdingId(), h.principalId(), h.description(),
                    h.itemCodes(), h.persons(), h.personsMax(), h.strongEncryption()});
            if (rows.size() == Parties.BATCH) {
                batch.batchUpdate(HOLDING, rows, HOLDING_TYPES);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate(HOLDING, rows, HOLDING_TYPES);
        }
    }

    private static final String HOLDING = """
            INSERT INTO incident_holding (workspace_id, incident_id, holding_id, principal_id, description,
              item_codes, persons, persons_max, strong_encryption) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int[] HOLDING_TYPES = {BIGINT, BIGINT, BIGINT, BIGINT, VARCHAR, VARCHAR, BIGINT, BIGINT, BOOLEAN};

    long countHoldings(long workspaceId, long incidentId) {
        return jdbc.sql("SELECT COUNT(*) FROM incident_holding WHERE workspace_id = ? AND incident_id = ?")
                .params(workspaceId, incidentId).query(Long.class).single();
    }

    List<AffectedHolding> holdings(long workspaceId, long incidentId) {
        return holdings(workspaceId, incidentId, 0, Integer.MAX_VALUE);
    }

    boolean removeHolding(long workspaceId, long incidentId, long holdingId) {
        return jdbc.sql("DELETE FROM incident_holding WHERE workspace_id = ? AND incident_id = ? AND holding_id = ?")
                .params(workspaceId, incidentId, holdingId).update() > 0;
    }

    void removeHoldings(long workspaceId, long incidentId) {
        jdbc.sql("DELETE FROM incident_holding WHERE workspace_id = ? AND incident_id = ?")
                .params(workspaceId, incidentId).update();
    }

    /** {@code limit} holdings kept on the case from {@code offset} on, in register order. */
    List<AffectedHolding> holdings(long workspaceId, long incidentId, int offset, int limit) {
        return jdbc.sql("SELECT holding_id, principal_id, description, item_codes, persons, persons_max, strong_encryption "
                        + "FROM incident_holding WHERE workspace_id = ? AND incident_id = ? ORDER BY holding_id "
                        + "LIMIT ? OFFSET ?")
                .params(workspaceId, incidentId, limit, offset)
                .query((rs, n) -> new AffectedHolding(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getBoolean(7)))
                .list();
    }

    // ---- notices

    /**
     * Writes the notices of one step. Consecutive notices from one sender at one moment (its principals) share a row,
     * up to {@value #SHARED_ROW} recipients.
     */
    void addNotices(long workspaceId, long incidentId, List<Notice> notices, Long by) {
        List<Object[]> rows = new ArrayList<>();
        for (List<Notice> run : runs(notices, (a, b) -> a.fromOperatorId() == b.fromOperatorId()
                && a.sentAt().equals(b.sentAt()))) {
            Notice n = run.get(0);
            rows.add(new Object[] {workspaceId, incidentId, n.fromOperatorId(), n.toOperatorId(),
                    ids(run, Notice::toOperatorId), run.size(), Timestamp.from(n.sentAt()), by});
        }
        batchInsert(NOTICE, rows, NOTICE_TYPES);
    }

    private static final String NOTICE = "INSERT INTO incident_notice (workspace_id, incident_id, from_operator_id, "
            + "to_operator_id, to_operator_ids, recipients, sent_at, sent_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int[] NOTICE_TYPES = {BIGINT, BIGINT, BIGINT, BIGINT, VARCHAR, INTEGER, TIMESTAMP, BIGINT};

    /** How many notices were recorded (a shared row counts each of its recipients). */
    long countNotices(long workspaceId, long incidentId) {
        return jdbc.sql("SELECT COALESCE(SUM(recipients), 0) FROM incident_notice WHERE workspace_id = ? "
                        + "AND incident_id = ?")
                .params(workspaceId, incidentId).query(Long.class).single();
    }

    /** Every notice, one per recipient, in the order they were sent and recorded. */
    List<Notice> notices(long workspaceId, long incidentId) {
        List<Notice> out = new ArrayList<>();
        jdbc.sql("SELECT from_operator_id, to_operator_id, to_operator_ids, sent_at FROM incident_notice "
                        + "WHERE workspace_id = ? AND incident_id = ? ORDER BY sent_at, id")
                .params(workspaceId, incidentId)
                .query(rs -> {
                    Instant at = rs.getTimestamp(4).toInstant();
                    for (long to : ids(rs.getLong(2), rs.getString(3))) {
                        out.add(new Notice(rs.getLong(1), to, at));
                    }
                });
        return out;
    }

    // ---- rows shared by operators

    /** At most this many operators share a notice or evaluation row: 1,000 ids of 19 digits and commas fit its column. */
    static final int SHARED_ROW = 1_000;

    /** The list cut into runs of consecutive alike items, each at most {@value #SHARED_ROW} long. */
    private static <T> List<List<T>> runs(List<T> items, java.util.function.BiPredicate<T, T> alike) {
        List<List<T>> runs = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            int end = i + 1;
            while (end < items.size() && end - i < SHARED_ROW && alike.test(items.get(i), items.get(end))) {
                end++;
            }
            runs.add(items.subList(i, end));
            i = end;
        }
        return runs;
    }

    /** A run's operators for a shared row's list column; null for a run of one (the row's own column says it). */
    static <T> String ids(List<T> run, java.util.function.ToLongFunction<T> operator) {
        return run.size() == 1 ? null
                : String.join(",", run.stream().map(x -> Long.toString(operator.applyAsLong(x))).toList());
    }

    /** The operators a row stands for: its list, or its own column when it has none. */
    private static long[] ids(long first, String list) {
        return list == null ? new long[] {first}
                : java.util.Arrays.stream(list.split(",")).mapToLong(Long::parseLong).toArray();
    }

    private void batchInsert(String sql, List<Object[]> rows, int[] types) {
        for (int from = 0; from < rows.size(); from += Parties.BATCH) {
            batch.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + Parties.BATCH)), types);
        }
    }

    // ---- evaluations

    /**
     * Writes the evaluations of one change. Consecutive evaluations that differ only by operator (the same verdict,
     * trigger and moment) share a row, up to {@value #SHARED_ROW} operators: a relay at a vendor judges 170,000
     * clients with a handful of distinct verdicts.
     */
    void addEvaluations(long workspaceId, long incidentId, List<Evaluation> evaluations) {
        List<Object[]> rows = new ArrayList<>();
        for (List<Evaluation> run : runs(evaluations, CaseEntries::sameVerdict)) {
            Evaluation e = run.get(0);
            String trigger = e.trigger().length() > 500 ? e.trigger().substring(0, 500) : e.trigger();
            rows.add(new Object[] {workspaceId, incidentId, e.operatorId(), ids(run, Evaluation::operatorId),
                    e.reportable(), e.appiCategories(), e.myNumberCategories(), e.exemption(), e.ruleSet(), trigger,
                    Timestamp.from(e.evaluatedAt())});
        }
        batchInsert(EVALUATION, rows, EVALUATION_TYPES);
    }

    private static boolean sameVerdict(Evaluation a, Evaluation b) {
        return a.reportable() == b.reportable() && a.appiCategories().equals(b.appiCategories())
                && a.myNumberCategories().equals(b.myNumberCategories())
                && java.util.Objects.equals(a.exemption(), b.exemption()) && a.ruleSet().equals(b.ruleSet())
                && a.trigger().equals(b.trigger()) && a.evaluatedAt().equals(b.evaluatedAt());
    }

    private static final String EVALUATION = """
            INSERT INTO incident_evaluation (workspace_id, incident_id, operator_id, operator_ids, reportable,
              appi_categories, my_number_categories, exemption, rule_set, trigger_text, evaluated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int[] EVALUATION_TYPES = {BIGINT, BIGINT, BIGINT, VARCHAR, BOOLEAN, VARCHAR, VARCHAR, VARCHAR,
        VARCHAR, VARCHAR, TIMESTAMP};

    /**
     * The latest evaluations, newest first, at most {@code limit}. Read backwards along (workspace, incident, id): a
     * vendor case keeps hundreds of thousands. A shared row gives its operators last judged first, as one row each
     * would have.
     */
    List<Evaluation> evaluations(long workspaceId, long incidentId, int limit) {
        List<Evaluation> out = new ArrayList<>(Math.min(limit, 1_024));
        jdbc.sql("SELECT operator_id, operator_ids, reportable, appi_categories, my_number_categories, exemption, "
                        + "rule_set, trigger_text, evaluated_at FROM incident_evaluation "
                        + "WHERE workspace_id = ? AND incident_id = ? "
                        + "ORDER BY workspace_id DESC, incident_id DESC, id DESC LIMIT ?")
                .params(workspaceId, incidentId, limit)
                .query(rs -> {
                    long[] operators = ids(rs.getLong(1), rs.getString(2));
                    for (int k = operators.length - 1; k >= 0 && out.size() < limit; k--) {
                        out.add(new Evaluation(operators[k], rs.getBoolean(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getTimestamp(9).toInstant()));
                    }
                });
        return out;
    }

    // ---- timeline

    void addTimeline(long workspaceId, long incidentId, TimelineEntry e) {
        String entry = e.entry().length() > 2000 ? e.entry().substring(0, 2000) : e.entry();
        jdbc.sql("INSERT INTO incident_timeline (workspace_id, incident_id, occurred_at, event_code, event_params, entry, "
                        + "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(workspaceId, incidentId, Timestamp.from(e.occurredAt()), e.code(),
                        String.join(SEPARATOR, e.params()), entry, e.recordedBy()).update();
    }

    /** Parameters are kept in one column, separated by the ASCII unit separator (never typed by a person). */
    private static final String SEPARATOR = "\u001f";

    List<TimelineEntry> timeline(long workspaceId, long incidentId) {
        return jdbc.sql("SELECT id, occurred_at, event_code, event_params, entry, recorded_by FROM incident_timeline "
                        + "WHERE workspace_id = ? AND incident_id = ? ORDER BY occurred_at, id")
                .params(workspaceId, incidentId)
                .query((rs, n) -> {
                    String code = rs.getString(3);
                    String params = rs.getString(4);
                    String entry = rs.getString(5);
                    // Entries written before events had codes are kept as notes in their original words.
                    List<String> list = code == null ? List.of(entry)
                            : params == null || params.isEmpty() ? List.of() : List.of(params.split(SEPARATOR, -1));
                    return new TimelineEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                            code == null ? TimelineEntry.NOTE : code, list, entry, rs.getString(6));
                })
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

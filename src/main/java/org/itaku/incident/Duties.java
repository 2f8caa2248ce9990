package org.itaku.incident;

import static java.sql.Types.BIGINT;
import static java.sql.Types.BOOLEAN;
import static java.sql.Types.DATE;
import static java.sql.Types.INTEGER;
import static java.sql.Types.TIMESTAMP;
import static java.sql.Types.VARCHAR;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itaku.database.StreamedReads;
import org.itaku.obligation.Obligation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The obligations register and its history. Every statement filters on the workspace.
 *
 * <p>Obligations alike in every field but the operator share a row, up to {@value #SHARED_ROW} operators (migration
 * 37): a relay at a vendor opens the same three obligations for 170,000 clients, which are 510 rows instead of 510,000.
 * Each member keeps an id of its own inside its row's block of ids (row id + 1 + its place), so that the API, the
 * pages and the reminders address one operator's obligation as before. A member that changes alone (fulfilled,
 * waived, moved by facts of its own) leaves the row for a row of its own under the same id; a change that moves every
 * member alike rewrites the shared row. Reads hand out one {@link Duty} per operator either way.
 */
@Repository
class Duties {

    /** Row ids are handed out in steps of this size; a shared row's members are numbered inside its step. */
    static final int BLOCK = 1024;
    /** At most this many operators share one row: their ids fit its list column and its block of ids. */
    static final int SHARED_ROW = CaseEntries.SHARED_ROW;

    private static final String COLUMNS = "id, incident_id, operator_id, duty, kind, authority, due_on, window_from, "
            + "window_to, binding, basis, rule_set, status, fulfilled_on, on_time, not_required_reason, requested_by, "
            + "approved_by, operator_ids";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    private final StreamedReads reads;

    Duties(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, StreamedReads reads) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.reads = reads;
    }

    /** One stored row: an obligation of one operator ({@code members} null), or of the operators it lists. */
    private record Row(Duty duty, long[] members) {

        boolean shared() {
            return members != null;
        }

        /** Its obligations, one per operator still in it, in the row's order. */
        void expand(java.util.function.Consumer<Duty> out) {
            if (members == null) {
                out.accept(duty);
                return;
            }
            for (int i = 0; i < members.length; i++) {
                if (members[i] != 0) {
                    out.accept(duty.as(memberId(duty.id(), i), members[i]));
                }
            }
        }

        List<Duty> duties() {
            List<Duty> out = new ArrayList<>(members == null ? 1 : members.length);
            expand(out::add);
            return out;
        }
    }

    static long memberId(long rowId, int place) {
        return rowId + 1 + place;
    }

    private static final String INSERT = """
            INSERT INTO incident_obligation (workspace_id, incident_id, operator_id, duty, kind, authority, due_on,
              window_from, window_to, binding, basis, rule_set, status, fulfilled_on, on_time, not_required_reason,
              requested_by, approved_by, updated_at, deadline, operator_ids, members, last_operator_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    /** Each parameter's SQL type: the driver is not asked for it row by row. */
    private static final int[] INSERT_TYPES = {BIGINT, BIGINT, BIGINT, VARCHAR, VARCHAR, VARCHAR, DATE, DATE, DATE,
        BOOLEAN, VARCHAR, VARCHAR, VARCHAR, DATE, BOOLEAN, VARCHAR, VARCHAR, VARCHAR, TIMESTAMP, DATE, VARCHAR, INTEGER,
        BIGINT};
    /** A member that leaves its shared row keeps its id in a row of its own. */
    private static final String INSERT_WITH_ID = """
            INSERT INTO incident_obligation (workspace_id, incident_id, operator_id, duty, kind, authority, due_on,
              window_from, window_to, binding, basis, rule_set, status, fulfilled_on, on_time, not_required_reason,
              requested_by, approved_by, updated_at, deadline, operator_ids, members, last_operator_id, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int[] INSERT_WITH_ID_TYPES = java.util.stream.IntStream.concat(
            Arrays.stream(INSERT_TYPES), java.util.stream.IntStream.of(BIGINT)).toArray();

    private static Object[] insertRow(long workspaceId, Duty d, List<Long> operators, Timestamp at) {
        return new Object[] {workspaceId, d.incidentId(), operators.get(0), d.duty(), d.kind().name(), d.authority(),
            d.dueOn(), d.windowFrom(), d.windowTo(), d.binding(), String.join("; ", d.basis()), d.ruleSet(),
            d.status().name(), d.fulfilledOn(), d.onTime(), d.notRequiredReason(), d.requestedBy(), d.approvedBy(), at,
            d.deadline(), CaseEntries.ids(operators, Long::longValue), operators.size(),
            operators.get(operators.size() - 1)};
    }

    /**
     * New obligations of a re-evaluation, in batches: those alike but for the operator share rows of up to
     * {@value #SHARED_ROW}, their operators in ascending order.
     */
    void insertAll(long workspaceId, List<Duty> fresh, Instant now) {
        Timestamp at = Timestamp.from(now);
        Map<Duty, List<Long>> alike = new LinkedHashMap<>();
        for (Duty d : fresh) {
            alike.computeIfAbsent(d.as(0, 0), k -> new ArrayList<>()).add(d.operatorId());
        }
        List<Object[]> rows = new ArrayList<>(Parties.BATCH);
        for (Map.Entry<Duty, List<Long>> e : alike.entrySet()) {
            List<Long> operators = e.getValue();
            operators.sort(null);
            for (int i = 0; i < operators.size(); i += SHARED_ROW) {
                rows.add(insertRow(workspaceId, e.getKey(), operators.subList(i,
                        Math.min(operators.size(), i + SHARED_ROW)), at));
                if (rows.size() == Parties.BATCH) {
                    batch.batchUpdate(INSERT, rows, INSERT_TYPES);
                    rows.clear();
                }
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate(INSERT, rows, INSERT_TYPES);
        }
    }

    /** A shared row's list column: its members in place, a member that left as an empty place. */
    private static String list(long[] members) {
        StringBuilder b = new StringBuilder(members.length * 8);
        for (int i = 0; i < members.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            if (members[i] != 0) {
                b.append(members[i]);
            }
        }
        return b.toString();
    }

    /** How many members are still in a shared row. */
    private static int live(long[] members) {
        return (int) Arrays.stream(members).filter(m -> m != 0).count();
    }

    private static long[] members(String list) {
        if (list == null) {
            return null;
        }
        String[] parts = list.split(",", -1);
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = parts[i].isEmpty() ? 0 : Long.parseLong(parts[i]);
        }
        return out;
    }

    /**
     * Changed obligations of one case: each earlier state to the history, then the new state, in batches. A shared
     * row whose members all change alike is rewritten once, with one history row for all of them; a member that
     * changes otherwise leaves the row for a row of its own under its id. The shared rows are locked and read again
     * first, so that their lists are the stored ones.
     */
    void replaceAll(long workspaceId, List<IncidentCase.DutyChange> changes, String changeReason, Instant now) {
        if (changes.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        String reason = changeReason == null || changeReason.isBlank() ? "-" : abbreviate(changeReason.strip());
        Map<Long, long[]> shared = sharedRows(workspaceId, changes);
        Map<Long, List<IncidentCase.DutyChange>> byRow = new LinkedHashMap<>();
        List<IncidentCase.DutyChange> own = new ArrayList<>();
        for (IncidentCase.DutyChange c : changes) {
            long row = rowOf(c.before(), shared);
            if (row < 0) {
                own.add(c);
            } else {
                byRow.computeIfAbsent(row, k -> new ArrayList<>()).add(c);
            }
        }
        Writes w = new Writes(workspaceId, reason, at);
        for (Map.Entry<Long, List<IncidentCase.DutyChange>> e : byRow.entrySet()) {
            long[] members = shared.get(e.getKey());
            List<IncidentCase.DutyChange> moved = e.getValue();
            Duty shape = moved.get(0).after().as(0, 0);
            if (moved.size() == live(members) && moved.stream().allMatch(c -> c.after().as(0, 0).equals(shape))) {
                w.wholeRow(e.getKey(), members, moved.get(0));
            } else {
                for (IncidentCase.DutyChange c : moved) {
                    members[(int) (c.before().id() - e.getKey()) - 1] = 0;
                    w.leave(c);
                }
                w.lists.add(new Object[] {list(members), live(members), workspaceId, e.getKey()});
            }
            w.flush(false);
        }
        for (IncidentCase.DutyChange c : own) {
            w.own(c);
            w.flush(false);
        }
        w.flush(true);
    }

    /** The shared row that holds {@code d}, or -1 when it has a row of its own. */
    private static long rowOf(Duty d, Map<Long, long[]> shared) {
        long row = d.id() - d.id() % BLOCK;
        long[] members = shared.get(row);
        int place = (int) (d.id() % BLOCK) - 1;
        return members != null && place >= 0 && place < members.length && members[place] == d.operatorId() ? row : -1;
    }

    /** The member lists of the shared rows the changes may touch, locked for this transaction. */
    private Map<Long, long[]> sharedRows(long workspaceId, List<IncidentCase.DutyChange> changes) {
        Map<Long, long[]> out = new HashMap<>();
        if (changes.size() <= 100) {
            List<Object> params = new ArrayList<>(List.of(workspaceId));
            changes.forEach(c -> params.add(c.before().id() - c.before().id() % BLOCK));
            jdbc.sql("SELECT id, operator_ids FROM incident_obligation WHERE workspace_id = ? AND id IN ("
                            + String.join(",", java.util.Collections.nCopies(changes.size(), "?"))
                            + ") AND operator_ids IS NOT NULL FOR UPDATE")
                    .params(params).query((ResultSet rs) -> {
                        out.put(rs.getLong(1), members(rs.getString(2)));
                    });
            return out;
        }
        for (long incidentId : changes.stream().map(c -> c.before().incidentId()).distinct().toList()) {
            jdbc.sql("SELECT id, operator_ids FROM incident_obligation WHERE workspace_id = ? AND incident_id = ? "
                            + "AND operator_ids IS NOT NULL FOR UPDATE")
                    .params(workspaceId, incidentId).query((ResultSet rs) -> {
                        out.put(rs.getLong(1), members(rs.getString(2)));
                    });
        }
        return out;
    }

    private static final String HISTORY = """
            INSERT INTO incident_obligation_history (workspace_id, obligation_id, incident_id, operator_id, duty,
              due_on, window_from, window_to, rule_set, status, change_reason, recorded_at, operator_ids, members)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int[] HISTORY_TYPES = {BIGINT, BIGINT, BIGINT, BIGINT, VARCHAR, DATE, DATE, DATE, VARCHAR,
        VARCHAR, VARCHAR, TIMESTAMP, VARCHAR, INTEGER};
    private static final String UPDATE = """
            UPDATE incident_obligation SET due_on = ?, window_from = ?, window_to = ?, binding = ?, basis = ?,
              rule_set = ?, status = ?, fulfilled_on = ?, on_time = ?, not_required_reason = ?, requested_by = ?,
              approved_by = ?, updated_at = ?, deadline = ?
            WHERE workspace_id = ? AND id = ?""";
    private static final int[] UPDATE_TYPES = {DATE, DATE, DATE, BOOLEAN, VARCHAR, VARCHAR, VARCHAR, DATE, BOOLEAN,
        VARCHAR, VARCHAR, VARCHAR, TIMESTAMP, DATE, BIGINT, BIGINT};
    private static final String UPDATE_LIST = "UPDATE incident_obligation SET operator_ids = ?, members = ? "
            + "WHERE workspace_id = ? AND id = ?";
    private static final int[] UPDATE_LIST_TYPES = {VARCHAR, INTEGER, BIGINT, BIGINT};

    /** The batches one {@link #replaceAll} writes. */
    private final class Writes {
        final long workspaceId;
        final String reason;
        final Timestamp at;
        final List<Object[]> history = new ArrayList<>();
        final List<Object[]> updates = new ArrayList<>();
        final List<Object[]> leaving = new ArrayList<>();
        final List<Object[]> lists = new ArrayList<>();

        Writes(long workspaceId, String reason, Timestamp at) {
            this.workspaceId = workspaceId;
            this.reason = reason;
            this.at = at;
        }

        private Object[] history(long obligationId, Duty before, long operatorId, String operators, int members) {
            return new Object[] {workspaceId, obligationId, before.incidentId(), operatorId, before.duty(),
                before.dueOn(), before.windowFrom(), before.windowTo(), before.ruleSet(), before.status().name(), reason,
                at, operators, members};
        }

        private Object[] update(Duty after, long rowId) {
            return new Object[] {after.dueOn(), after.windowFrom(), after.windowTo(), after.binding(),
                String.join("; ", after.basis()), after.ruleSet(), after.status().name(), after.fulfilledOn(),
                after.onTime(), after.notRequiredReason(), after.requestedBy(), after.approvedBy(), at,
                after.deadline(), workspaceId, rowId};
        }

        /** Every member of a shared row moved alike: one history row and one update for all of them. */
        void wholeRow(long rowId, long[] members, IncidentCase.DutyChange any) {
            long first = Arrays.stream(members).filter(m -> m != 0).findFirst().orElseThrow();
            history.add(history(rowId, any.before(), first, list(members), live(members)));
            updates.add(update(any.after(), rowId));
        }

        /** A member moved on its own: its earlier state to the history, its new state to a row of its own. */
        void leave(IncidentCase.DutyChange c) {
            Duty before = c.before();
            history.add(history(before.id(), before, before.operatorId(), null, 1));
            Object[] row = insertRow(workspaceId, c.after(), List.of(before.operatorId()), at);
            Object[] withId = Arrays.copyOf(row, row.length + 1);
            withId[row.length] = before.id();
            leaving.add(withId);
        }

        void own(IncidentCase.DutyChange c) {
            history.add(history(c.before().id(), c.before(), c.before().operatorId(), null, 1));
            updates.add(update(c.after(), c.before().id()));
        }

        void flush(boolean all) {
            if (!all && history.size() < Parties.BATCH) {
                return;
            }
            // A member that leaves gets its row before its history row names it (the history keeps its key).
            if (!leaving.isEmpty()) {
                batch.batchUpdate(INSERT_WITH_ID, leaving, INSERT_WITH_ID_TYPES);
            }
            if (!history.isEmpty()) {
                batch.batchUpdate(HISTORY, history, HISTORY_TYPES);
            }
            if (!updates.isEmpty()) {
                batch.batchUpdate(UPDATE, updates, UPDATE_TYPES);
            }
            if (!lists.isEmpty()) {
                batch.batchUpdate(UPDATE_LIST, lists, UPDATE_LIST_TYPES);
            }
            history.clear();
            updates.clear();
            leaving.clear();
            lists.clear();
        }
    }

    /** One obligation changed (fulfilled, waived): its earlier state to the history, then the new one. */
    void replace(long workspaceId, Duty before, Duty after, String changeReason, Instant now) {
        replaceAll(workspaceId, List.of(new IncidentCase.DutyChange(before, after)), changeReason, now);
    }

    /** A reason naming many operators (a vendor's notice to thousands of principals) is cut, not refused. */
    private static String abbreviate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }

    /** Every obligation of a case, one per operator and duty, by operator. */
    List<Duty> of(long workspaceId, long incidentId) {
        List<Duty> out = forCase(workspaceId, incidentId);
        out.sort(java.util.Comparator.comparingLong(Duty::operatorId).thenComparingLong(Duty::id));
        return out;
    }

    /** Every obligation of a case in the order stored (the case groups them by operator itself). */
    List<Duty> forCase(long workspaceId, long incidentId) {
        Map<String, Object> shared = new HashMap<>();
        List<Duty> out = new ArrayList<>();
        // In the order of ix_incident_obligation_case, all of its columns: the rows stream from the index (see
        // StreamedReads); ordering by (operator, id) alone made H2 sort 700,000 rows at a vendor, on disk.
        reads.stream("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? AND incident_id = ? "
                + "ORDER BY workspace_id, incident_id, operator_id, id", rs -> {
                    row(rs, shared).expand(out::add);
                }, workspaceId, incidentId);
        return out;
    }

    /** The obligations of some operators of one incident (the rows of one page), by operator. */
    List<Duty> ofOperators(long workspaceId, long incidentId, java.util.Collection<Long> operatorIds) {
        if (operatorIds.isEmpty()) {
            return List.of();
        }
        // The range bounds the index scan to the page's ids (a page lists neighbouring operators); the IN list alone
        // would be checked against every obligation of the incident on H2.
        long min = operatorIds.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = operatorIds.stream().mapToLong(Long::longValue).max().orElseThrow();
        List<Object> params = new ArrayList<>(List.of(workspaceId, incidentId, min, max));
        params.addAll(operatorIds);
        List<Duty> out = new ArrayList<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? AND incident_id = ? "
                        + "AND operator_id BETWEEN ? AND ? AND operator_ids IS NULL AND operator_id IN ("
                        + String.join(",", java.util.Collections.nCopies(operatorIds.size(), "?")) + ")")
                .params(params).query(Duties::row).list().forEach(r -> r.expand(out::add));
        java.util.Set<Long> wanted = new java.util.HashSet<>(operatorIds);
        // Shared rows whose range of members meets the page's range.
        jdbc.sql("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? AND incident_id = ? "
                        + "AND operator_id <= ? AND operator_ids IS NOT NULL AND last_operator_id >= ?")
                .params(workspaceId, incidentId, max, min).query(Duties::row).list()
                .forEach(r -> r.expand(d -> {
                    if (wanted.contains(d.operatorId())) {
                        out.add(d);
                    }
                }));
        out.sort(java.util.Comparator.comparingLong(Duty::operatorId).thenComparingLong(Duty::id));
        return out;
    }

    /**
     * One page of an incident's obligations, optionally of one kind and status, in the order of the rows (a shared
     * row's members together, by operator). The row ids and sizes are read first in index order, then only the rows
     * the page needs.
     */
    List<Duty> page(long workspaceId, long incidentId, Obligation.Kind kind, DutyStatus status, int offset, int limit) {
        List<Object> params = new ArrayList<>(List.of(workspaceId, incidentId));
        String where = where(kind, status, params);
        List<long[]> sizes = jdbc.sql("SELECT id, members FROM incident_obligation" + where
                        + " AND members > 0 ORDER BY workspace_id, incident_id, operator_id, id")
                .params(params).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        List<Long> ids = new ArrayList<>();
        long seen = 0;
        long skip = 0;
        for (long[] row : sizes) {
            if (seen + row[1] <= offset) {
                seen += row[1];
                continue;
            }
            if (ids.isEmpty()) {
                skip = offset - seen;
            }
            ids.add(row[0]);
            seen += row[1];
            if (seen >= (long) offset + limit) {
                break;
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> byId = new ArrayList<>(List.of(workspaceId));
        byId.addAll(ids);
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? AND id IN ("
                        + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")")
                .params(byId).query(Duties::row).list().forEach(r -> rows.put(r.duty().id(), r));
        List<Duty> out = new ArrayList<>();
        for (long id : ids) {
            rows.get(id).expand(out::add);
        }
        int from = (int) Math.min(skip, out.size());
        return List.copyOf(out.subList(from, Math.min(out.size(), from + limit)));
    }

    /** The conditions for an incident's obligations and the filters given, with their parameters added. */
    private static String where(Obligation.Kind kind, DutyStatus status, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE workspace_id = ? AND incident_id = ?");
        if (kind != null) {
            where.append(" AND kind = ?");
            params.add(kind.name());
        }
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        return where.toString();
    }

    long count(long workspaceId, long incidentId, Obligation.Kind kind, DutyStatus status) {
        List<Object> params = new ArrayList<>(List.of(workspaceId, incidentId));
        return jdbc.sql("SELECT COALESCE(SUM(members), 0) FROM incident_obligation" + where(kind, status, params))
                .params(params).query(Long.class).single();
    }

    /** An incident's obligations counted by kind, status and deadline: the obligations list's first screen. */
    record Tally(Obligation.Kind kind, DutyStatus status, LocalDate deadline, long count) {
    }

    List<Tally> tally(long workspaceId, long incidentId) {
        return jdbc.sql("""
                SELECT kind, status, COALESCE(due_on, window_to) AS deadline, SUM(members) FROM incident_obligation
                WHERE workspace_id = ? AND incident_id = ? AND members > 0 GROUP BY kind, status, COALESCE(due_on, window_to)
                ORDER BY kind, status, COALESCE(due_on, window_to)""")
                .params(workspaceId, incidentId)
                .query((rs, n) -> new Tally(Obligation.Kind.valueOf(rs.getString(1)),
                        DutyStatus.valueOf(rs.getString(2)), Cases.date(rs, "deadline"), rs.getLong(4)))
                .list();
    }

    /**
     * The first open obligations (by row id, then place in a shared row) of one incident, kind and deadline, at most
     * {@code limit}: ordered by all the columns of the index on (workspace, status, deadline, id), so H2 reads that
     * index in order and stops once it has enough instead of walking the day's other obligations.
     */
    List<Duty> firstOpen(long workspaceId, long incidentId, Obligation.Kind kind, LocalDate deadline, int limit) {
        return upTo(limit, jdbc.sql("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? "
                        + "AND status = 'OPEN' AND deadline = ? AND incident_id = ? AND kind = ? AND members > 0 "
                        + "ORDER BY workspace_id, status, deadline, id LIMIT ?")
                .params(workspaceId, deadline, incidentId, kind.name(), limit).query(Duties::row).list());
    }

    /** The obligations of rows read in order, up to {@code limit} (a row read whole may hold more than the page). */
    private static List<Duty> upTo(int limit, List<Row> rows) {
        List<Duty> out = new ArrayList<>();
        for (Row r : rows) {
            r.expand(out::add);
            if (out.size() >= limit) {
                return List.copyOf(out.subList(0, limit));
            }
        }
        return out;
    }

    /** One obligation by its id: a row of its own, or a member of the shared row whose block holds the id. */
    Optional<Duty> find(long workspaceId, long id) {
        long row = id - id % BLOCK;
        int place = (int) (id % BLOCK) - 1;
        for (Row r : jdbc.sql("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? AND id IN (?, ?)")
                .params(workspaceId, id, row).query(Duties::row).list()) {
            if (!r.shared() && r.duty().id() == id) {
                return Optional.of(r.duty());
            }
            if (r.shared() && r.duty().id() == row && place >= 0 && place < r.members().length
                    && r.members()[place] != 0) {
                return Optional.of(r.duty().as(id, r.members()[place]));
            }
        }
        return Optional.empty();
    }

    /** Open obligations with a deadline on or before {@code until}, soonest first, at most {@code limit}. */
    List<Duty> openWithDeadline(long workspaceId, LocalDate until, int limit) {
        // The kept deadline column and its index give the soonest rows in order (the dashboard's agenda): sorting
        // COALESCE(due_on, window_to) walked every open obligation of the workspace.
        return upTo(limit, jdbc.sql("SELECT " + COLUMNS + " FROM incident_obligation WHERE workspace_id = ? "
                        + "AND status = 'OPEN' AND deadline <= ? AND members > 0 ORDER BY workspace_id, status, deadline, id "
                        + "LIMIT ?")
                .params(workspaceId, until, limit).query(Duties::row).list());
    }

    int countOpenWithDeadline(long workspaceId, LocalDate until) {
        return jdbc.sql("SELECT COALESCE(SUM(members), 0) FROM incident_obligation WHERE workspace_id = ? "
                        + "AND status = 'OPEN' AND deadline <= ?")
                .params(workspaceId, until).query(Integer.class).single();
    }

    /** The reminder job's starting point: the one query that spans workspaces, and it reads only their ids. */
    List<Long> workspacesWithOpenDuties() {
        return jdbc.sql("SELECT DISTINCT workspace_id FROM incident_obligation WHERE status = 'OPEN' AND members > 0 "
                        + "ORDER BY workspace_id")
                .query(Long.class).list();
    }

    int countOpen(long workspaceId, long incidentId) {
        return jdbc.sql("SELECT COALESCE(SUM(members), 0) FROM incident_obligation WHERE workspace_id = ? "
                        + "AND incident_id = ? AND status = 'OPEN'")
                .params(workspaceId, incidentId).query(Integer.class).single();
    }

    /** How many earlier states of one operator's obligations are kept: its own and those of shared rows it was in. */
    int historyCount(long workspaceId, long incidentId, long operatorId) {
        int own = jdbc.sql("SELECT COUNT(*) FROM incident_obligation_history WHERE workspace_id = ? AND incident_id = ? "
                        + "AND operator_id = ? AND operator_ids IS NULL")
                .params(workspaceId, incidentId, operatorId).query(Integer.class).single();
        long shared = jdbc.sql("SELECT operator_ids FROM incident_obligation_history WHERE workspace_id = ? "
                        + "AND incident_id = ? AND operator_ids IS NOT NULL")
                .params(workspaceId, incidentId).query(String.class).list().stream()
                .filter(list -> Arrays.stream(members(list)).anyMatch(m -> m == operatorId)).count();
        return own + (int) shared;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return row(rs, new HashMap<>());
    }

    /** One row; equal strings and basis lists are shared (a case at a vendor has hundreds of thousands of duties). */
    @SuppressWarnings("unchecked")
    private static Row row(ResultSet rs, Map<String, Object> shared) throws SQLException {
        Object binding = rs.getObject("binding");
        Object onTime = rs.getObject("on_time");
        String basisText = rs.getString("basis");
        List<String> basisList = (List<String>) shared.computeIfAbsent("basis:" + basisText,
                k -> basisText.isBlank() ? List.of() : List.of(basisText.split("; ")));
        Duty duty = new Duty(rs.getLong("id"), rs.getLong("incident_id"), rs.getLong("operator_id"),
                (String) shared.computeIfAbsent("s:" + rs.getString("duty"), k -> k.substring(2)),
                Obligation.Kind.valueOf(rs.getString("kind")), share(shared, rs.getString("authority")),
                Cases.date(rs, "due_on"), Cases.date(rs, "window_from"), Cases.date(rs, "window_to"),
                binding == null ? null : rs.getBoolean("binding"), basisList, share(shared, rs.getString("rule_set")),
                DutyStatus.valueOf(rs.getString("status")), Cases.date(rs, "fulfilled_on"),
                onTime == null ? null : rs.getBoolean("on_time"), rs.getString("not_required_reason"),
                rs.getString("requested_by"), rs.getString("approved_by"));
        return new Row(duty, members(rs.getString("operator_ids")));
    }

    private static String share(Map<String, Object> shared, String value) {
        return value == null ? null : (String) shared.computeIfAbsent("s:" + value, k -> value);
    }

}

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.itaku.obligation.EntrustmentRole;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The operators an incident reaches, each with its own facts and its latest verdict. Writes go in batches (a vendor
 * incident has 170,000 parties); pages read one slice with SQL filters and counts. Every statement filters on the
 * workspace.
 */
@Repository
class Parties {

    static final int BATCH = 2000;

    private static final String COLUMNS = "operator_id, operator_name, operator_kind, role, distance, path, item_codes, "
            + "persons, persons_max, strong_encryption, known_on, notice_received_at, notice_received_from, "
            + "notified_principals_at, decided, reportable, appi_categories, my_number_categories, exemption, entrustee_id";

    /**
     * Each batch parameter's SQL type (workspace and incident first, then {@link #COLUMNS}): the driver is not asked
     * for the type of every null, row by row (170,000 parties at a vendor).
     */
    private static final int[] INSERT_TYPES = {BIGINT, BIGINT, BIGINT, VARCHAR, VARCHAR, VARCHAR, INTEGER, VARCHAR,
        VARCHAR, BIGINT, BIGINT, BOOLEAN, DATE, TIMESTAMP, BIGINT, TIMESTAMP, BOOLEAN, BOOLEAN, VARCHAR, VARCHAR, VARCHAR,
        BIGINT};
    private static final int[] UPDATE_TYPES = {VARCHAR, VARCHAR, BIGINT, BIGINT, BOOLEAN, DATE, TIMESTAMP, BIGINT,
        TIMESTAMP, BOOLEAN, BOOLEAN, VARCHAR, VARCHAR, VARCHAR, BIGINT, BIGINT, BIGINT};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    private final CaseReads reads;

    Parties(JdbcClient jdbc, JdbcTemplate batch, CaseReads reads) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.reads = reads;
    }

    void insertAll(long workspaceId, long incidentId, Collection<Party> parties) {
        List<Object[]> rows = new ArrayList<>(Math.min(parties.size(), BATCH));
        for (Party p : parties) {
            Party.Verdict v = p.verdict();
            rows.add(new Object[] {workspaceId, incidentId, p.operatorId(), p.operatorName(), p.kind().name(),
                    p.role().name(), p.distance(), path(p.path()), EnumLists.join(p.items()), p.persons(), p.personsMax(),
                    p.strongEncryption(), p.knownOn(), ts(p.noticeReceivedAt()), p.noticeReceivedFrom(),
                    ts(p.notifiedPrincipalsAt()), v != null, v != null && v.reportable(),
                    v == null ? "" : join(v.appiCategories()), v == null ? "" : join(v.myNumberCategories()),
                    v == null ? null : v.exemption(), p.entrusteeId()});
            if (rows.size() == BATCH) {
                flushInsert(rows);
            }
        }
        flushInsert(rows);
    }

    private void flushInsert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate("INSERT INTO incident_party (workspace_id, incident_id, " + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, INSERT_TYPES);
            rows.clear();
        }
    }

    void updateAll(long workspaceId, long incidentId, Collection<Party> parties) {
        if (!reads.h2()) {
            updateAllAtOnce(workspaceId, incidentId, parties);
            return;
        }
        List<Object[]> rows = new ArrayList<>(Math.min(parties.size(), BATCH));
        for (Party p : parties) {
            Object[] row = Arrays.copyOf(state(p), STATE_CLASSES.length + 3);
            row[STATE_CLASSES.length] = workspaceId;
            row[STATE_CLASSES.length + 1] = incidentId;
            row[STATE_CLASSES.length + 2] = p.operatorId();
            rows.add(row);
            if (rows.size() == BATCH) {
                flushUpdate(rows);
            }
        }
        flushUpdate(rows);
    }

    /** What changes about a party, in the order both updates set it. */
    private static Object[] state(Party p) {
        Party.Verdict v = p.verdict();
        return new Object[] {p.role().name(), EnumLists.join(p.items()), p.persons(), p.personsMax(),
            p.strongEncryption(), p.knownOn() == null ? null : java.sql.Date.valueOf(p.knownOn()),
            ts(p.noticeReceivedAt()), p.noticeReceivedFrom(), ts(p.notifiedPrincipalsAt()), v != null,
            v != null && v.reportable(), v == null ? "" : join(v.appiCategories()),
            v == null ? "" : join(v.myNumberCategories()), v == null ? null : v.exemption()};
    }

    /** The Java and PostgreSQL types of {@link #state}'s values, for the arrays of {@link #updateAllAtOnce}. */
    private static final Class<?>[] STATE_CLASSES = {String.class, String.class, Long.class, Long.class, Boolean.class,
        java.sql.Date.class, Timestamp.class, Long.class, Timestamp.class, Boolean.class, Boolean.class, String.class,
        String.class, String.class};
    private static final String[] STATE_TYPES = {"varchar", "varchar", "int8", "int8", "bool", "date", "timestamptz",
        "int8", "timestamptz", "bool", "bool", "varchar", "varchar", "varchar"};

    /**
     * Rows per statement of {@link #updateAllAtOnce}. PostgreSQL joins the arrays to the incident's parties by hashing
     * all of them (a scan of 170,000 rows at a vendor) once per statement: four statements of 50,000 spent 3 s where
     * one statement of all spends 1 s (EXPLAIN ANALYZE at mk scale). The bound keeps one statement's arrays to a few
     * tens of MB.
     */
    static final int AT_ONCE = 250_000;

    /**
     * PostgreSQL: the new states go as one array per column and one statement joins them to the rows, up to
     * {@value #AT_ONCE} parties a statement. A relay at a vendor updated 170,000 parties one statement each, and
     * PostgreSQL's work per statement (bind, plan, execute, about 25 µs) was most of the relay.
     */
    private void updateAllAtOnce(long workspaceId, long incidentId, Collection<Party> parties) {
        List<Party> all = new ArrayList<>(parties);
        for (int from = 0; from < all.size(); from += AT_ONCE) {
            List<Party> chunk = all.subList(from, Math.min(all.size(), from + AT_ONCE));
            int n = chunk.size();
            Long[] ids = new Long[n];
            Object[][] columns = new Object[STATE_CLASSES.length][];
            for (int c = 0; c < columns.length; c++) {
                columns[c] = (Object[]) java.lang.reflect.Array.newInstance(STATE_CLASSES[c], n);
            }
            for (int i = 0; i < n; i++) {
                ids[i] = chunk.get(i).operatorId();
                Object[] state = state(chunk.get(i));
                for (int c = 0; c < columns.length; c++) {
                    columns[c][i] = state[c];
                }
            }
            batch.execute((java.sql.Connection c) -> {
                try (java.sql.PreparedStatement ps = c.prepareStatement(UPDATE_AT_ONCE)) {
                    ps.setArray(1, c.createArrayOf("int8", ids));
                    for (int k = 0; k < columns.length; k++) {
                        ps.setArray(k + 2, c.createArrayOf(STATE_TYPES[k], columns[k]));
                    }
                    ps.setLong(columns.length + 2, workspaceId);
                    ps.setLong(columns.length + 3, incidentId);
                    int updated = ps.executeUpdate();
                    if (updated != n) {
                        throw new IllegalStateException("updated " + updated + " of " + n + " parties of incident "
                                + incidentId);
                    }
                    return null;
                }
            });
        }
    }

    private static final String UPDATE_AT_ONCE = """
            UPDATE incident_party p SET role = v.role, item_codes = v.item_codes, persons = v.persons,
              persons_max = v.persons_max, strong_encryption = v.strong_encryption, known_on = v.known_on,
              notice_received_at = v.notice_received_at, notice_received_from = v.notice_received_from,
              notified_principals_at = v.notified_principals_at, decided = v.decided, reportable = v.reportable,
              appi_categories = v.appi_categories, my_number_categories = v.my_number_categories, exemption = v.exemption
            FROM unnest(?::int8[], ?::varchar[], ?::varchar[], ?::int8[], ?::int8[], ?::bool[], ?::date[],
              ?::timestamptz[], ?::int8[], ?::timestamptz[], ?::bool[], ?::bool[], ?::varchar[], ?::varchar[],
              ?::varchar[]) AS v(operator_id, role, item_codes, persons, persons_max, strong_encryption, known_on,
              notice_received_at, notice_received_from, notified_principals_at, decided, reportable, appi_categories,
              my_number_categories, exemption)
            WHERE p.workspace_id = ? AND p.incident_id = ? AND p.operator_id = v.operator_id""";

    private void flushUpdate(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                    UPDATE incident_party SET role = ?, item_codes = ?, persons = ?, persons_max = ?, strong_encryption = ?,
                      known_on = ?, notice_received_at = ?, notice_received_from = ?, notified_principals_at = ?,
                      decided = ?, reportable = ?, appi_categories = ?, my_number_categories = ?, exemption = ?
                    WHERE workspace_id = ? AND incident_id = ? AND operator_id = ?""", rows, UPDATE_TYPES);
            rows.clear();
        }
    }

    /** The operator where it happened first, then up the chain. */
    List<Party> of(long workspaceId, long incidentId) {
        Map<String, Object> shared = new HashMap<>();
        List<Party> out = new ArrayList<>();
        // In the order of ix_incident_party_page, all of its columns: the rows stream from the index (see CaseReads).
        reads.stream("SELECT " + COLUMNS + " FROM incident_party WHERE workspace_id = ? AND incident_id = ? "
                + "ORDER BY workspace_id, incident_id, distance, operator_id", rs -> {
                    out.add(map(rs, shared));
                }, workspaceId, incidentId);
        return out;
    }

    Optional<Party> find(long workspaceId, long incidentId, long operatorId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_party WHERE workspace_id = ? AND incident_id = ? "
                        + "AND operator_id = ?")
                .params(workspaceId, incidentId, operatorId).query((rs, n) -> map(rs, new HashMap<>()))
                .optional();
    }

    /**
     * The given parties, every party whose entrustee is one of them (their direct principals) and their own entrustees:
     * all that their reports name, without loading the 170,000 parties of a vendor case. One indexed read per party
     * for its principals.
     */
    List<Party> around(long workspaceId, long incidentId, Collection<Long> operatorIds) {
        Map<Long, Party> out = new java.util.LinkedHashMap<>();
        byIds(workspaceId, incidentId, operatorIds).forEach(p -> out.put(p.operatorId(), p));
        List<Long> entrustees = out.values().stream().map(Party::entrusteeId).filter(java.util.Objects::nonNull)
                .filter(e -> !out.containsKey(e)).distinct().toList();
        byIds(workspaceId, incidentId, entrustees).forEach(p -> out.putIfAbsent(p.operatorId(), p));
        Map<String, Object> shared = new HashMap<>();
        for (long id : operatorIds) {
            jdbc.sql("SELECT " + COLUMNS + " FROM incident_party WHERE workspace_id = ? AND incident_id = ? "
                            + "AND entrustee_id = ? ORDER BY operator_id")
                    .params(workspaceId, incidentId, id).query(rs -> {
                        Party p = map(rs, shared);
                        out.putIfAbsent(p.operatorId(), p);
                    });
        }
        return new ArrayList<>(out.values());
    }

    /** The parties with the given ids, each found by its key (see {@link #names}). */
    private List<Party> byIds(long workspaceId, long incidentId, Collection<Long> operatorIds) {
        if (operatorIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = operatorIds.stream().distinct().toList();
        String values = ids.stream().map(id -> "(CAST(? AS BIGINT))").collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>(ids);
        params.add(workspaceId);
        params.add(incidentId);
        Map<String, Object> shared = new HashMap<>();
        List<Party> out = new ArrayList<>(ids.size());
        jdbc.sql("SELECT " + COLUMNS + " FROM (VALUES " + values + ") AS v(id) JOIN incident_party p "
                        + "ON p.operator_id = v.id WHERE p.workspace_id = ? AND p.incident_id = ?")
                .params(params).query(rs -> {
                    out.add(map(rs, shared));
                });
        return out;
    }

    /** Names of the given operators as the case recorded them (a page names the parties on its rows only). */
    Map<Long, String> names(long workspaceId, long incidentId, Collection<Long> operatorIds) {
        Map<Long, String> out = new HashMap<>();
        if (operatorIds.isEmpty()) {
            return out;
        }
        // The ids drive the join, one primary-key lookup each: H2 uses an IN list only on an index's first column and
        // would otherwise walk every party of the incident (170,000 at a vendor).
        List<Long> ids = operatorIds.stream().distinct().toList();
        String values = ids.stream().map(id -> "(CAST(? AS BIGINT))").collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>(ids);
        params.add(workspaceId);
        params.add(incidentId);
        jdbc.sql("SELECT p.operator_id, p.operator_name FROM (VALUES " + values + ") AS v(id) JOIN incident_party p "
                        + "ON p.operator_id = v.id WHERE p.workspace_id = ? AND p.incident_id = ?")
                .params(params).query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    /** One page of parties matching the filter, in the order of the case. */
    List<Party> page(long workspaceId, long incidentId, PartyFilter filter, int offset, int limit) {
        Where w = where(workspaceId, incidentId, filter);
        List<Object> params = new ArrayList<>(w.params());
        params.add(limit);
        params.add(offset);
        // In the order of ix_incident_party_page, so the rows come from the index and the scan stops after the page.
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_party" + w.sql()
                        + " ORDER BY workspace_id, incident_id, distance, operator_id LIMIT ? OFFSET ?")
                .params(params).query((rs, n) -> map(rs, new HashMap<>())).list();
    }

    long count(long workspaceId, long incidentId, PartyFilter filter) {
        Where w = where(workspaceId, incidentId, filter);
        return jdbc.sql("SELECT COUNT(*) FROM incident_party" + w.sql()).params(w.params()).query(Long.class).single();
    }

    /** Counts by distance, role, decision and notice, for the incident page's first screen. */
    List<PartySummary.Row> summary(long workspaceId, long incidentId) {
        return jdbc.sql("""
                SELECT distance, role, decided, reportable, CASE WHEN notice_received_at IS NULL THEN 0 ELSE 1 END AS noticed,
                  COUNT(*), SUM(persons) FROM incident_party WHERE workspace_id = ? AND incident_id = ?
                GROUP BY distance, role, decided, reportable, CASE WHEN notice_received_at IS NULL THEN 0 ELSE 1 END
                ORDER BY distance, role""")
                .params(workspaceId, incidentId)
                .query((rs, n) -> new PartySummary.Row(rs.getInt(1), EntrustmentRole.valueOf(rs.getString(2)),
                        rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5) == 1, rs.getLong(6), rs.getLong(7)))
                .list();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(long workspaceId, long incidentId, PartyFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE workspace_id = ? AND incident_id = ?");
        List<Object> params = new ArrayList<>(List.of(workspaceId, incidentId));
        if (f.distance() != null) {
            sql.append(" AND distance = ?");
            params.add(f.distance());
        }
        if (f.role() != null) {
            sql.append(" AND role = ?");
            params.add(f.role().name());
        }
        if (f.decision() != null) {
            switch (f.decision()) {
                case REPORTABLE -> sql.append(" AND decided AND reportable");
                case NOT_REPORTABLE -> sql.append(" AND decided AND NOT reportable");
                case AWAITING -> sql.append(" AND NOT decided");
            }
        }
        if (f.query() != null) {
            sql.append(" AND LOWER(operator_name) LIKE ?");
            params.add("%" + f.query().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (f.entrusteeId() != null) {
            sql.append(" AND entrustee_id = ?");
            params.add(f.entrusteeId());
        }
        return new Where(sql.toString(), params);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static String path(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> ints(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }

    /**
     * One row of {@link #COLUMNS} to a party, read by position (H2 upper-cases and looks up a label on every call).
     * Equal item and category lists are shared between rows: at a vendor 170,000 parties repeat a handful of them.
     */
    private static Party map(ResultSet rs, Map<String, Object> shared) throws SQLException {
        long max = rs.getLong(9);
        Long personsMax = rs.wasNull() ? null : max;
        long from = rs.getLong(13);
        Long noticeFrom = rs.wasNull() ? null : from;
        boolean decided = rs.getBoolean(15);
        Party.Verdict verdict = decided ? new Party.Verdict(rs.getBoolean(16), ints(rs.getString(17), shared),
                ints(rs.getString(18), shared), rs.getString(19)) : null;
        @SuppressWarnings("unchecked")
        java.util.Set<DataItem> items = (java.util.Set<DataItem>) shared.computeIfAbsent("i:" + rs.getString(7),
                k -> EnumLists.parse(k.substring(2), DataItem.class));
        return new Party(rs.getLong(1), rs.getString(2), OperatorKind.valueOf(rs.getString(3)),
                EntrustmentRole.valueOf(rs.getString(4)), rs.getInt(5), parsePath(rs.getString(6)), items,
                rs.getLong(8), personsMax, rs.getBoolean(10), Cases.date(rs, 11), Cases.instant(rs, 12), noticeFrom,
                Cases.instant(rs, 14), verdict);
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> ints(String text, Map<String, Object> shared) {
        return text == null ? List.of() : (List<Integer>) shared.computeIfAbsent("c:" + text, k -> ints(text));
    }

    /** "12,7,3" to [12, 7, 3], by hand: a vendor case parses 170,000 of them on every load. */
    private static List<Long> parsePath(String path) {
        if (path.isBlank()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(4);
        long id = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ',') {
                ids.add(id);
                id = 0;
            } else if (c >= '0' && c <= '9') {
                id = id * 10 + (c - '0');
            } else {
                throw new IllegalStateException("not a stored path: " + path);
            }
        }
        ids.add(id);
        return List.copyOf(ids);
    }
}

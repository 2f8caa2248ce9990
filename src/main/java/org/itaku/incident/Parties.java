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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.itaku.database.BulkInserts;
import org.itaku.database.StreamedReads;
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
 *
 * <p>A party's row holds what is its own (name, place in the chain, role, persons, encryption, the day it knew). Its
 * items, notices and verdict are in a state row that parties alike in them share (migration 39): a vendor's 170,000
 * clients are alike but for their names and counts, and the clients of one office are told at one moment. A change that
 * moves every member of a state alike (an office's relay to all its clients, a forensic finding narrowing everyone's
 * items) rewrites the state row once; members that change apart from the rest move to a state row of their own. A
 * relay at a vendor then writes a few thousand state rows instead of updating 170,000 parties, each visited again by
 * the commit. New parties share a state only with parties of the same entrustee, so that one office's notice moves
 * one state.
 */
@Repository
class Parties {

    static final int BATCH = 2000;

    /** A party as it was loaded and as it is now, for {@link #updateAll}. */
    record Change(Party before, Party after) {

        /** Whether the party's own row changes (not only its shared state). */
        boolean ownRow() {
            return before.role() != after.role() || before.persons() != after.persons()
                    || !Objects.equals(before.personsMax(), after.personsMax())
                    || before.strongEncryption() != after.strongEncryption()
                    || !Objects.equals(before.knownOn(), after.knownOn());
        }
    }

    /** What parties alike share: one row of incident_party_state. */
    private record State(Set<DataItem> items, Instant noticeReceivedAt, Long noticeReceivedFrom,
            Instant notifiedPrincipalsAt, Party.Verdict verdict) {

        static State of(Party p) {
            return new State(p.items(), p.noticeReceivedAt(), p.noticeReceivedFrom(), p.notifiedPrincipalsAt(),
                    p.verdict());
        }

        /** A new row: (workspace, incident, id), then {@link #STATE_COLUMNS}. */
        Object[] row(long workspaceId, long incidentId, long id) {
            Object[] row = new Object[12];
            row[0] = workspaceId;
            row[1] = incidentId;
            row[2] = id;
            columns(row, 3);
            return row;
        }

        /** A row rewritten in place: {@link #STATE_COLUMNS}, then its key as {@link #REWRITE_STATE} names it. */
        Object[] rewrite(long workspaceId, long incidentId, long id) {
            Object[] row = new Object[12];
            columns(row, 0);
            row[9] = workspaceId;
            row[10] = incidentId;
            row[11] = id;
            return row;
        }

        private void columns(Object[] row, int at) {
            Party.Verdict v = verdict;
            Object[] values = {EnumLists.join(items), ts(noticeReceivedAt), noticeReceivedFrom, ts(notifiedPrincipalsAt),
                v != null, v != null && v.reportable(), v == null ? "" : join(v.appiCategories()),
                v == null ? "" : join(v.myNumberCategories()), v == null ? null : v.exemption()};
            System.arraycopy(values, 0, row, at, values.length);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof State s && items.equals(s.items) && Objects.equals(noticeReceivedAt, s.noticeReceivedAt)
                    && Objects.equals(noticeReceivedFrom, s.noticeReceivedFrom)
                    && Objects.equals(notifiedPrincipalsAt, s.notifiedPrincipalsAt) && Objects.equals(verdict, s.verdict);
        }

        @Override
        public int hashCode() {
            return Objects.hash(items, noticeReceivedAt, noticeReceivedFrom, notifiedPrincipalsAt, verdict);
        }
    }

    /** New parties share a state with parties of the same entrustee only. */
    private record Partition(Long entrusteeId, State state) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Partition p && Objects.equals(entrusteeId, p.entrusteeId) && state.equals(p.state);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(entrusteeId) + state.hashCode();
        }
    }

    private static final String PARTY_COLUMNS = "operator_id, operator_name, operator_kind, role, distance, path, "
            + "persons, persons_max, strong_encryption, known_on, state_id";
    private static final String STATE_COLUMNS = "item_codes, notice_received_at, notice_received_from, "
            + "notified_principals_at, decided, reportable, appi_categories, my_number_categories, exemption";
    /** A party with its state, in the order {@link #map} reads them. */
    private static final String COLUMNS = "p.operator_id, p.operator_name, p.operator_kind, p.role, p.distance, p.path, "
            + "p.persons, p.persons_max, p.strong_encryption, p.known_on, p.state_id, s.item_codes, s.notice_received_at, "
            + "s.notice_received_from, s.notified_principals_at, s.decided, s.reportable, s.appi_categories, "
            + "s.my_number_categories, s.exemption";
    private static final String STATE_JOIN = " JOIN incident_party_state s ON s.incident_id = p.incident_id "
            + "AND s.id = p.state_id";
    private static final String JOINED = " incident_party p" + STATE_JOIN;

    /**
     * Each batch parameter's SQL type: the driver is not asked for the type of every null, row by row (170,000
     * parties at a vendor).
     */
    private static final int[] INSERT_TYPES = {BIGINT, BIGINT, BIGINT, VARCHAR, VARCHAR, VARCHAR, INTEGER, VARCHAR,
        BIGINT, BIGINT, BOOLEAN, DATE, BIGINT, BIGINT};
    private static final int[] STATE_TYPES = {BIGINT, BIGINT, BIGINT, VARCHAR, TIMESTAMP, BIGINT, TIMESTAMP, BOOLEAN,
        BOOLEAN, VARCHAR, VARCHAR, VARCHAR};
    private static final int[] REWRITE_TYPES = {VARCHAR, TIMESTAMP, BIGINT, TIMESTAMP, BOOLEAN, BOOLEAN, VARCHAR,
        VARCHAR, VARCHAR, BIGINT, BIGINT, BIGINT};
    private static final int[] UPDATE_TYPES = {VARCHAR, BIGINT, BIGINT, BOOLEAN, DATE, BIGINT, BIGINT, BIGINT, BIGINT};

    private static final String INSERT_STATE = "INSERT INTO incident_party_state (workspace_id, incident_id, id, "
            + STATE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String REWRITE_STATE = """
            UPDATE incident_party_state SET item_codes = ?, notice_received_at = ?, notice_received_from = ?,
              notified_principals_at = ?, decided = ?, reportable = ?, appi_categories = ?, my_number_categories = ?,
              exemption = ?
            WHERE workspace_id = ? AND incident_id = ? AND id = ?""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    private final StreamedReads reads;
    private final BulkInserts bulk;
    private final KeptParties kept;

    Parties(JdbcClient jdbc, JdbcTemplate batch, StreamedReads reads, BulkInserts bulk, KeptParties kept) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.reads = reads;
        this.bulk = bulk;
        this.kept = kept;
    }

    /**
     * Stores new parties, alike ones of one entrustee sharing a state row. The parties go in with {@link BulkInserts}
     * (COPY on PostgreSQL).
     *
     * @return each party's state row, by operator
     */
    Map<Long, Long> insertAll(long workspaceId, long incidentId, Collection<Party> parties) {
        if (parties.isEmpty()) {
            return Map.of();
        }
        kept.changing(workspaceId, incidentId);
        long next = nextStateId(workspaceId, incidentId);
        Map<Partition, Long> states = new HashMap<>();
        Map<Long, Long> stateOf = new HashMap<>(parties.size() * 2);
        Rows stateRows = new Rows(INSERT_STATE, STATE_TYPES);
        for (Party p : parties) {
            Partition partition = new Partition(p.entrusteeId(), State.of(p));
            Long id = states.get(partition);
            if (id == null) {
                id = next++;
                states.put(partition, id);
                stateRows.add(partition.state().row(workspaceId, incidentId, id));
            }
            stateOf.put(p.operatorId(), id);
        }
        stateRows.flush();
        bulk.insert("incident_party", "workspace_id, incident_id, " + PARTY_COLUMNS + ", entrustee_id", INSERT_TYPES,
                parties.stream().map(p -> new Object[] {workspaceId, incidentId, p.operatorId(), p.operatorName(),
                    p.kind().name(), p.role().name(), p.distance(), path(p.path()), p.persons(), p.personsMax(),
                    p.strongEncryption(), p.knownOn() == null ? null : java.sql.Date.valueOf(p.knownOn()),
                    stateOf.get(p.operatorId()), p.entrusteeId()}).iterator());
        return stateOf;
    }

    /** Rows for one statement, sent in batches of {@value #BATCH}. */
    private final class Rows {
        private final String sql;
        private final int[] types;
        private final List<Object[]> rows = new ArrayList<>();

        Rows(String sql, int[] types) {
            this.sql = sql;
            this.types = types;
        }

        void add(Object[] row) {
            rows.add(row);
            if (rows.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                batch.batchUpdate(sql, rows, types);
                rows.clear();
            }
        }
    }

    private long nextStateId(long workspaceId, long incidentId) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM incident_party_state WHERE workspace_id = ? "
                + "AND incident_id = ?").params(workspaceId, incidentId).query(Long.class).single();
    }

    /**
     * Writes what changed. Where every member of a state changed, the largest group of them that changed alike
     * rewrites the state in place; every other group of changed members gets a state row of its own. A party's own
     * row is written only when it moves to another state or its own facts changed.
     *
     * @param all     every party of the case as loaded (how many members each state has)
     * @param changes the changed parties, in the order of the case
     * @return the state row of each party that moved to a new one, by operator
     */
    Map<Long, Long> updateAll(long workspaceId, long incidentId, Collection<Party> all, List<Change> changes) {
        Map<Long, Integer> members = new HashMap<>();
        for (Party p : all) {
            members.merge(p.stateId(), 1, Integer::sum);
        }
        Map<Long, Map<State, List<Change>>> moving = new LinkedHashMap<>();
        List<Change> ownRows = new ArrayList<>();
        for (Change c : changes) {
            State now = State.of(c.after());
            if (!now.equals(State.of(c.before()))) {
                moving.computeIfAbsent(c.before().stateId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(now, k -> new ArrayList<>()).add(c);
            } else if (c.ownRow()) {
                ownRows.add(c);
            }
        }
        Map<Long, Long> moved = new HashMap<>();
        if (moving.isEmpty() && ownRows.isEmpty()) {
            return moved;
        }
        kept.changing(workspaceId, incidentId);
        long next = moving.isEmpty() ? 0 : nextStateId(workspaceId, incidentId);
        Rows inserts = new Rows(INSERT_STATE, STATE_TYPES);
        Rows rewrites = new Rows(REWRITE_STATE, REWRITE_TYPES);
        for (Map.Entry<Long, Map<State, List<Change>>> e : moving.entrySet()) {
            long stateId = e.getKey();
            Map<State, List<Change>> groups = e.getValue();
            int changed = groups.values().stream().mapToInt(List::size).sum();
            State keeps = null;
            if (changed == members.getOrDefault(stateId, 0)) {
                keeps = groups.entrySet().stream().max(Comparator.comparingInt(g -> g.getValue().size()))
                        .orElseThrow().getKey();
                rewrites.add(keeps.rewrite(workspaceId, incidentId, stateId));
            }
            for (Map.Entry<State, List<Change>> g : groups.entrySet()) {
                if (g.getKey().equals(keeps)) {
                    g.getValue().stream().filter(Change::ownRow).forEach(ownRows::add);
                    continue;
                }
                long id = next++;
                inserts.add(g.getKey().row(workspaceId, incidentId, id));
                for (Change c : g.getValue()) {
                    moved.put(c.after().operatorId(), id);
                    ownRows.add(c);
                }
            }
        }
        inserts.flush();
        rewrites.flush();
        writeOwnRows(workspaceId, incidentId, ownRows, moved);
        return moved;
    }

    /** Each party's own columns and its state, in the order both updates set them. */
    private static Object[] own(Party p, long stateId) {
        return new Object[] {p.role().name(), p.persons(), p.personsMax(), p.strongEncryption(),
            p.knownOn() == null ? null : java.sql.Date.valueOf(p.knownOn()), stateId};
    }

    private void writeOwnRows(long workspaceId, long incidentId, List<Change> changes, Map<Long, Long> moved) {
        if (changes.isEmpty()) {
            return;
        }
        // In the order of the case, so the updates walk the key's index forwards.
        List<Party> parties = changes.stream().map(Change::after)
                .sorted(Comparator.comparingInt(Party::distance).thenComparingLong(Party::operatorId))
                .toList();
        if (!reads.h2()) {
            updateAllAtOnce(workspaceId, incidentId, parties, moved);
            return;
        }
        Rows rows = new Rows("""
                UPDATE incident_party SET role = ?, persons = ?, persons_max = ?, strong_encryption = ?, known_on = ?,
                  state_id = ? WHERE workspace_id = ? AND incident_id = ? AND operator_id = ?""", UPDATE_TYPES);
        for (Party p : parties) {
            Object[] row = Arrays.copyOf(own(p, moved.getOrDefault(p.operatorId(), p.stateId())), OWN_CLASSES.length + 3);
            row[OWN_CLASSES.length] = workspaceId;
            row[OWN_CLASSES.length + 1] = incidentId;
            row[OWN_CLASSES.length + 2] = p.operatorId();
            rows.add(row);
        }
        rows.flush();
    }

    /** The Java and PostgreSQL types of {@link #own}'s values, for the arrays of {@link #updateAllAtOnce}. */
    private static final Class<?>[] OWN_CLASSES = {String.class, Long.class, Long.class, Boolean.class,
        java.sql.Date.class, Long.class};
    private static final String[] OWN_TYPES = {"varchar", "int8", "int8", "bool", "date", "int8"};

    /**
     * Rows per statement of {@link #updateAllAtOnce}. PostgreSQL joins the arrays to the incident's parties by hashing
     * all of them (a scan of 170,000 rows at a vendor) once per statement: four statements of 50,000 spent 3 s where
     * one statement of all spends 1 s (EXPLAIN ANALYZE at mk scale). The bound keeps one statement's arrays to a few
     * tens of MB.
     */
    static final int AT_ONCE = 250_000;

    /**
     * PostgreSQL: the parties' rows go as one array per column and one statement joins them to the rows, up to
     * {@value #AT_ONCE} parties a statement; PostgreSQL's work per statement (bind, plan, execute, about 25 µs) was
     * most of a relay at a vendor when each party had a statement of its own.
     */
    private void updateAllAtOnce(long workspaceId, long incidentId, List<Party> all, Map<Long, Long> moved) {
        for (int from = 0; from < all.size(); from += AT_ONCE) {
            List<Party> chunk = all.subList(from, Math.min(all.size(), from + AT_ONCE));
            int n = chunk.size();
            Long[] ids = new Long[n];
            Object[][] columns = new Object[OWN_CLASSES.length][];
            for (int c = 0; c < columns.length; c++) {
                columns[c] = (Object[]) java.lang.reflect.Array.newInstance(OWN_CLASSES[c], n);
            }
            for (int i = 0; i < n; i++) {
                Party p = chunk.get(i);
                ids[i] = p.operatorId();
                Object[] own = own(p, moved.getOrDefault(p.operatorId(), p.stateId()));
                for (int c = 0; c < columns.length; c++) {
                    columns[c][i] = own[c];
                }
            }
            batch.execute((java.sql.Connection c) -> {
                try (java.sql.PreparedStatement ps = c.prepareStatement(UPDATE_AT_ONCE)) {
                    ps.setArray(1, c.createArrayOf("int8", ids));
                    for (int k = 0; k < columns.length; k++) {
                        ps.setArray(k + 2, c.createArrayOf(OWN_TYPES[k], columns[k]));
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
            UPDATE incident_party p SET role = v.role, persons = v.persons, persons_max = v.persons_max,
              strong_encryption = v.strong_encryption, known_on = v.known_on, state_id = v.state_id
            FROM unnest(?::int8[], ?::varchar[], ?::int8[], ?::int8[], ?::bool[], ?::date[], ?::int8[])
              AS v(operator_id, role, persons, persons_max, strong_encryption, known_on, state_id)
            WHERE p.workspace_id = ? AND p.incident_id = ? AND p.operator_id = v.operator_id""";

    /**
     * The operator where it happened first, then up the chain. The states come first (a few thousand at a vendor),
     * then the parties stream without a join. Unmodifiable; the parties this node kept when they are still those
     * stored ({@link KeptParties}).
     */
    List<Party> of(long workspaceId, long incidentId) {
        return kept.of(workspaceId, incidentId, () -> read(workspaceId, incidentId));
    }

    /**
     * Every party of the case, as {@link #insertAll} and {@link #updateAll} in this transaction left them (with their
     * state rows as stored), to be kept once it commits: the next change loads none of them.
     */
    void keepAfterCommit(long workspaceId, long incidentId, Collection<Party> parties) {
        kept.afterCommit(workspaceId, incidentId, parties);
    }

    /** Every party of the case as stored (tests compare it with what {@link #of} answers). */
    List<Party> read(long workspaceId, long incidentId) {
        Map<String, Object> shared = new HashMap<>();
        Map<Long, State> states = new HashMap<>();
        jdbc.sql("SELECT id, " + STATE_COLUMNS + " FROM incident_party_state WHERE workspace_id = ? AND incident_id = ?")
                .params(workspaceId, incidentId).query(rs -> {
                    states.put(rs.getLong(1), state(rs, 2, shared));
                });
        List<Party> out = new ArrayList<>();
        // In the order of ix_incident_party_page, all of its columns: the rows stream from the index (see StreamedReads).
        reads.stream("SELECT " + PARTY_COLUMNS + " FROM incident_party WHERE workspace_id = ? AND incident_id = ? "
                + "ORDER BY workspace_id, incident_id, distance, operator_id", rs -> {
                    out.add(own(rs, states.get(rs.getLong(11))));
                }, workspaceId, incidentId);
        return out;
    }

    Optional<Party> find(long workspaceId, long incidentId, long operatorId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM" + JOINED + " WHERE p.workspace_id = ? AND p.incident_id = ? "
                        + "AND p.operator_id = ?")
                .params(workspaceId, incidentId, operatorId).query((rs, n) -> map(rs, new HashMap<>()))
                .optional();
    }

    /**
     * The given parties, every party whose entrustee is one of them (their direct principals) and their own entrustees:
     * all that their reports name, without loading the 170,000 parties of a vendor case. Taken from the kept parties
     * when they are what is stored (passes over them in memory); otherwise one indexed read per party for its
     * principals.
     */
    List<Party> around(long workspaceId, long incidentId, Collection<Long> operatorIds) {
        List<Party> all = kept.ifKept(workspaceId, incidentId);
        if (all == null) {
            return aroundStored(workspaceId, incidentId, operatorIds);
        }
        Map<Long, List<Party>> principals = principalsOf(all, operatorIds);
        return around(operatorIds, ids -> among(all, ids), id -> principals.getOrDefault(id, List.of()));
    }

    /** {@link #around} read from the database. */
    List<Party> aroundStored(long workspaceId, long incidentId, Collection<Long> operatorIds) {
        Map<String, Object> shared = new HashMap<>();
        return around(operatorIds, ids -> byIds(workspaceId, incidentId, ids), id -> {
            List<Party> principals = new ArrayList<>();
            jdbc.sql("SELECT " + COLUMNS + " FROM" + JOINED + " WHERE p.workspace_id = ? AND p.incident_id = ? "
                            + "AND p.entrustee_id = ? ORDER BY p.operator_id")
                    .params(workspaceId, incidentId, id).query(rs -> {
                        principals.add(map(rs, shared));
                    });
            return principals;
        });
    }

    /** The given parties, their own entrustees, then each one's direct principals (by operator id), each party once. */
    private static List<Party> around(Collection<Long> operatorIds, Function<Collection<Long>, List<Party>> byIds,
            LongFunction<List<Party>> principalsOf) {
        Map<Long, Party> out = new LinkedHashMap<>();
        byIds.apply(operatorIds).forEach(p -> out.put(p.operatorId(), p));
        List<Long> entrustees = out.values().stream().map(Party::entrusteeId).filter(Objects::nonNull)
                .filter(e -> !out.containsKey(e)).distinct().toList();
        byIds.apply(entrustees).forEach(p -> out.putIfAbsent(p.operatorId(), p));
        for (long id : operatorIds) {
            principalsOf.apply(id).forEach(p -> out.putIfAbsent(p.operatorId(), p));
        }
        return new ArrayList<>(out.values());
    }

    /** The parties among {@code all} with the given ids: one pass, the ids searched without boxing each party's. */
    private static List<Party> among(List<Party> all, Collection<Long> operatorIds) {
        if (operatorIds.isEmpty()) {
            return List.of();
        }
        long[] wanted = sortedIds(operatorIds);
        return all.stream().filter(p -> Arrays.binarySearch(wanted, p.operatorId()) >= 0).toList();
    }

    /** The direct principals among {@code all} of each given party, by operator id. */
    private static Map<Long, List<Party>> principalsOf(List<Party> all, Collection<Long> operatorIds) {
        long[] wanted = sortedIds(operatorIds);
        Map<Long, List<Party>> principals = new HashMap<>();
        for (Party p : all) {
            Long next = p.entrusteeId();
            if (next != null && Arrays.binarySearch(wanted, next) >= 0) {
                principals.computeIfAbsent(next, k -> new ArrayList<>()).add(p);
            }
        }
        principals.values().forEach(list -> list.sort(Comparator.comparingLong(Party::operatorId)));
        return principals;
    }

    private static long[] sortedIds(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
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
                        + "ON p.operator_id = v.id" + STATE_JOIN + " WHERE p.workspace_id = ? AND p.incident_id = ?")
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
        return jdbc.sql("SELECT " + COLUMNS + " FROM" + JOINED + w.sql()
                        + " ORDER BY p.workspace_id, p.incident_id, p.distance, p.operator_id LIMIT ? OFFSET ?")
                .params(params).query((rs, n) -> map(rs, new HashMap<>())).list();
    }

    long count(long workspaceId, long incidentId, PartyFilter filter) {
        Where w = where(workspaceId, incidentId, filter);
        return jdbc.sql("SELECT COUNT(*) FROM incident_party p" + (filter.decision() == null ? "" : STATE_JOIN)
                + w.sql()).params(w.params()).query(Long.class).single();
    }

    /** Counts by distance, role, decision and notice, for the incident page's first screen. */
    List<PartySummary.Row> summary(long workspaceId, long incidentId) {
        return jdbc.sql("""
                SELECT p.distance, p.role, s.decided, s.reportable,
                  CASE WHEN s.notice_received_at IS NULL THEN 0 ELSE 1 END AS noticed, COUNT(*), SUM(p.persons)
                FROM incident_party p JOIN incident_party_state s ON s.incident_id = p.incident_id AND s.id = p.state_id
                WHERE p.workspace_id = ? AND p.incident_id = ?
                GROUP BY p.distance, p.role, s.decided, s.reportable,
                  CASE WHEN s.notice_received_at IS NULL THEN 0 ELSE 1 END
                ORDER BY p.distance, p.role""")
                .params(workspaceId, incidentId)
                .query((rs, n) -> new PartySummary.Row(rs.getInt(1), EntrustmentRole.valueOf(rs.getString(2)),
                        rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5) == 1, rs.getLong(6), rs.getLong(7)))
                .list();
    }

    private record Where(String sql, List<Object> params) {
    }

    /** The filter on a party (alias p) and, for a decision, its state (alias s). */
    private static Where where(long workspaceId, long incidentId, PartyFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE p.workspace_id = ? AND p.incident_id = ?");
        List<Object> params = new ArrayList<>(List.of(workspaceId, incidentId));
        if (f.distance() != null) {
            sql.append(" AND p.distance = ?");
            params.add(f.distance());
        }
        if (f.role() != null) {
            sql.append(" AND p.role = ?");
            params.add(f.role().name());
        }
        if (f.decision() != null) {
            switch (f.decision()) {
                case REPORTABLE -> sql.append(" AND s.decided AND s.reportable");
                case NOT_REPORTABLE -> sql.append(" AND s.decided AND NOT s.reportable");
                case AWAITING -> sql.append(" AND NOT s.decided");
            }
        }
        if (f.query() != null) {
            sql.append(" AND LOWER(p.operator_name) LIKE ?");
            params.add("%" + f.query().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (f.entrusteeId() != null) {
            sql.append(" AND p.entrustee_id = ?");
            params.add(f.entrusteeId());
        }
        return new Where(sql.toString(), params);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** [12, 7, 3] to "12,7,3", by hand: a vendor case writes 170,000 of them at once. */
    private static String path(List<Long> ids) {
        StringBuilder b = new StringBuilder(ids.size() * 8);
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(ids.get(i).longValue());
        }
        return b.toString();
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> ints(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }

    /** One row of {@link #COLUMNS} to a party, read by position (H2 upper-cases and looks up a label on every call). */
    private static Party map(ResultSet rs, Map<String, Object> shared) throws SQLException {
        return own(rs, state(rs, 12, shared));
    }

    /**
     * A state's columns from position {@code at} on. Equal item and category lists are shared between rows: at a
     * vendor thousands of states repeat a handful.
     */
    private static State state(ResultSet rs, int at, Map<String, Object> shared) throws SQLException {
        @SuppressWarnings("unchecked")
        Set<DataItem> items = (Set<DataItem>) shared.computeIfAbsent("i:" + rs.getString(at),
                k -> EnumLists.parse(k.substring(2), DataItem.class));
        long from = rs.getLong(at + 2);
        Long noticeFrom = rs.wasNull() ? null : from;
        Party.Verdict verdict = rs.getBoolean(at + 4) ? new Party.Verdict(rs.getBoolean(at + 5),
                ints(rs.getString(at + 6), shared), ints(rs.getString(at + 7), shared), rs.getString(at + 8)) : null;
        return new State(items, Cases.instant(rs, at + 1), noticeFrom, Cases.instant(rs, at + 3), verdict);
    }

    /** The first 11 columns of {@link #COLUMNS} ({@link #PARTY_COLUMNS}) with the given state. */
    private static Party own(ResultSet rs, State state) throws SQLException {
        if (state == null) {
            throw new IllegalStateException("party " + rs.getLong(1) + " has no state row " + rs.getLong(11));
        }
        long max = rs.getLong(8);
        Long personsMax = rs.wasNull() ? null : max;
        return new Party(rs.getLong(1), rs.getString(2), OperatorKind.valueOf(rs.getString(3)),
                EntrustmentRole.valueOf(rs.getString(4)), rs.getInt(5), parsePath(rs.getString(6)), state.items(),
                rs.getLong(7), personsMax, rs.getBoolean(9), Cases.date(rs, 10), state.noticeReceivedAt(),
                state.noticeReceivedFrom(), state.notifiedPrincipalsAt(), state.verdict(), rs.getLong(11));
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

package org.itaku.entrustment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.itaku.database.StreamedReads;
import org.itaku.vocabulary.JapanTime;
import org.itaku.vocabulary.PersonCount;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entrustment register: the public face of this module. Every method takes the workspace id first and
 * every query filters on it; a record of another workspace is "not found".
 */
@Service
public class Register {

    /** A contract review older than this is overdue (PPC guideline 3-4-4: check the entrustee periodically). */
    static final int REVIEW_INTERVAL_MONTHS = 12;
    static final int WATCH_LIMIT = 200;

    private final Operators operators;
    private final Entrustments entrustments;
    private final Holdings holdings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final GraphSnapshots snapshots;
    private final RegisterViews views;
    private final StreamedReads reads;
    private final boolean warmOnStart;

    Register(Operators operators, Entrustments entrustments, Holdings holdings, JdbcClient jdbc, Clock clock,
            AuditTrail audit, GraphSnapshots snapshots, RegisterViews views, StreamedReads reads,
            @org.springframework.beans.factory.annotation.Value("${itaku.register.view-cache.warm-on-start:true}")
            boolean warmOnStart) {
        this.views = views;
        this.reads = reads;
        this.warmOnStart = warmOnStart;
        // After a register change the kept impacts are worked out again in the background (the operator may be gone).
        views.refreshWith(ImpactOf.class, (ws, what) -> impactIndex(ws, ((ImpactOf) what).operatorId()));
        views.refreshWith(WatchOf.class, (ws, what) -> watchList(ws));
        views.refreshWith(EntrusteesOf.class, (ws, what) -> entrusteeNames(ws, ((EntrusteesOf) what).principalId()));
        this.audit = audit;
        this.snapshots = snapshots;
        this.operators = operators;
        this.entrustments = entrustments;
        this.holdings = holdings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * At start, the impact of an incident at each workspace's own operator (a vendor's first question) is worked out
     * in the background: at mk scale the first answer takes seconds, every later one a millisecond.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warmOwnImpacts() {
        if (!warmOnStart) {
            return;
        }
        jdbc.sql("SELECT workspace_id, MIN(id) FROM operator WHERE is_self = TRUE GROUP BY workspace_id")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()
                .forEach(row -> views.warm(row[0], new ImpactOf(row[1])));
    }

    /** Today on the application clock (tests move it). */
    public LocalDate today() {
        return JapanTime.today(clock);
    }

    // ---- operators

    @Transactional
    public long createOperator(long workspaceId, Operator operator) {
        checkUniqueNumber(workspaceId, operator, 0);
        long id = operators.insert(workspaceId, operator);
        if (operator.self()) {
            markOnlySelf(workspaceId, id);
        }
        audit.record(AuditEvent.of("operator.create").inWorkspace(workspaceId).target("operator", id));
        return id;
    }

    @Transactional
    public void updateOperator(long workspaceId, Operator operator) {
        Operator before = operator(workspaceId, operator.id());
        checkUniqueNumber(workspaceId, operator, operator.id());
        operators.update(workspaceId, operator);
        audit.record(AuditEvent.of("operator.update").inWorkspace(workspaceId).target("operator", operator.id())
                .changedBetween(before, operator));
        if (operator.self()) {
            markOnlySelf(workspaceId, operator.id());
        }
    }

    @Transactional
    public void deleteOperator(long workspaceId, long id) {
        operator(workspaceId, id);
        try {
            operators.delete(workspaceId, id);
        } catch (DataIntegrityViolationException e) {
            throw new RegisterRuleException("register.operatorInUse");
        }
        audit.record(AuditEvent.of("operator.delete").inWorkspace(workspaceId).target("operator", id));
    }

    public Operator operator(long workspaceId, long id) {
        return operators.find(workspaceId, id).orElseThrow(() -> new RegisterNotFoundException("operator", id));
    }

    public ResultPage<Operator> searchOperators(long workspaceId, String query, int page, int size) {
        return searchOperators(workspaceId, query, page, size, null);
    }

    /**
     * A page of the operator list, by name then id: page {@code page}, or when {@code after} is given (a
     * {@link ResultPage#next()} of an earlier page, opaque to the caller) the page that follows that one, read from
     * its key in the index, so a page deep in a large register costs what the first does. Every page carries the
     * cursor of the one after it ({@code next}, none on the last).
     */
    public ResultPage<Operator> searchOperators(long workspaceId, String query, int page, int size, String after) {
        String q = query == null ? "" : query.strip();
        int s = clampSize(size);
        OperatorCursor from = after == null || after.isBlank() ? null : OperatorCursor.decode(after);
        int p = from != null ? from.page() : Math.max(0, page);
        // One more than the page, to know whether a next page exists without the count.
        List<Operator> read = operators.search(workspaceId, q, from, p * s, s + 1);
        List<Operator> items = read.size() > s ? read.subList(0, s) : read;
        String next = null;
        if (read.size() > s) {
            Operator last = items.get(items.size() - 1);
            next = new OperatorCursor(last.name(), last.id(), p + 1).encode();
        }
        return new ResultPage<>(List.copyOf(items), p, s, operators.count(workspaceId, q), next);
    }

    /** The operator the workspace marked as itself, if any. */
    public java.util.Optional<Long> selfOperator(long workspaceId) {
        return operators.selfId(workspaceId);
    }

    private void markOnlySelf(long workspaceId, long id) {
        operators.markOnlySelf(workspaceId, id);
    }

    private void checkUniqueNumber(long workspaceId, Operator operator, long ownId) {
        if (operator.corporateNumber() != null) {
            operators.findIdByCorporateNumber(workspaceId, operator.corporateNumber().value())
                    .filter(other -> other != ownId)
                    .ifPresent(other -> {
                        throw new RegisterRuleException("register.corporateNumberTaken", operator.corporateNumber().value(), other);
                    });
        }
    }

    // ---- entrustments

    @Transactional
    public long createEntrustment(long workspaceId, Entrustment entrustment) {
        requireOperators(workspaceId, entrustment.principalId(), entrustment.entrusteeId());
        rejectCycle(workspaceId, entrustment, 0);
        long id = entrustments.insert(workspaceId, entrustment);
        audit.record(AuditEvent.of("entrustment.create").inWorkspace(workspaceId).target("entrustment", id));
        return id;
    }

    @Transactional
    public void updateEntrustment(long workspaceId, Entrustment entrustment) {
        Entrustment old = entrustment(workspaceId, entrustment.id());
        requireOperators(workspaceId, entrustment.principalId(), entrustment.entrusteeId());
        rejectCycle(workspaceId, entrustment, old.id());
        entrustments.update(workspaceId, entrustment);
        audit.record(AuditEvent.of("entrustment.update").inWorkspace(workspaceId).target("entrustment", entrustment.id())
                .changedBetween(old, entrustment));
    }

    @Transactional
    public void deleteEntrustment(long workspaceId, long id) {
        entrustments.delete(workspaceId, entrustment(workspaceId, id));
        audit.record(AuditEvent.of("entrustment.delete").inWorkspace(workspaceId).target("entrustment", id));
    }

    public Entrustment entrustment(long workspaceId, long id) {
        return entrustments.find(workspaceId, id).orElseThrow(() -> new RegisterNotFoundException("entrustment", id));
    }

    /** Where the operator is principal or entrustee (the first thousand). */
    public List<Entrustment> entrustmentsOf(long workspaceId, long operatorId) {
        operator(workspaceId, operatorId);
        return entrustments.involving(workspaceId, operatorId);
    }

    /**
     * The entrustees (id → name, by name) of one principal, or of every entrustment of the workspace when
     * {@code principalId} is null, in one query: for lists that must not read operator by operator. Kept while the
     * register is unchanged (the dashboard asks on every view); read from the entrustments, so that a principal's few
     * entrustees do not cost a probe for each of the workspace's operators (173,402 at mk scale).
     */
    public Map<Long, String> entrusteeNames(long workspaceId, Long principalId) {
        return views.get(workspaceId, new EntrusteesOf(principalId), Map::size, () -> readEntrusteeNames(workspaceId, principalId));
    }

    private record EntrusteesOf(Long principalId) {
    }

    private Map<Long, String> readEntrusteeNames(long workspaceId, Long principalId) {
        Map<Long, String> out = new LinkedHashMap<>();
        String sql = """
                SELECT DISTINCT o.id, o.name FROM entrustment e JOIN operator o
                  ON o.workspace_id = e.workspace_id AND o.id = e.entrustee_id
                WHERE e.workspace_id = ?""" + (principalId == null ? "" : " AND e.principal_id = ?") + " ORDER BY o.name, o.id";
        var statement = jdbc.sql(sql).param(workspaceId);
        if (principalId != null) {
            statement = statement.param(principalId);
        }
        statement.query(rs -> {
            out.put(rs.getLong(1), rs.getString(2));
        });
        return Collections.unmodifiableMap(out);
    }

    public ResultPage<Entrustment> entrustments(long workspaceId, int page, int size) {
        int s = clampSize(size);
        int p = Math.max(0, page);
        return new ResultPage<>(entrustments.page(workspaceId, p * s, s), p, s, entrustments.count(workspaceId));
    }

    /**
     * Refuses principal → entrustee when the entrustee already reaches the principal downstream. {@code replacing}
     * is the id of an entrustment being edited, whose old link must not count.
     */
    void rejectCycle(long workspaceId, Entrustment entrustment, long replacing) {
        long principal = entrustment.principalId();
        long entrustee = entrustment.entrusteeId();
        ChainGraph graph = new ChainGraph();
        if (replacing != 0) {
            // An edit may remove the very link that would close the loop: search without it.
            Entrustment old = entrustment(workspaceId, replacing);
            Map<Long, Long> reached = search(workspaceId, entrustee, false, 0, principal);
            if (!reached.containsKey(principal)) {
                return;
            }
            List<Long> path = ChainGraph.pathFromRoot(reached, principal);
            boolean usesOld = false;
            for (int i = 1; i < path.size(); i++) {
                usesOld |= path.get(i - 1) == old.principalId() && path.get(i) == old.entrusteeId();
            }
            if (usesOld) {
                ChainGraph full = entrustments.graph(workspaceId);
                full.remove(old.principalId(), old.entrusteeId());
                throwIfCycle(workspaceId, full.cycleIfAdded(principal, entrustee));
                return;
            }
            throwIfCycle(workspaceId, withClosingLink(path, entrustee));
            return;
        }
        Map<Long, Long> reached = search(workspaceId, entrustee, false, 0, principal);
        if (principal == entrustee) {
            throwIfCycle(workspaceId, graph.cycleIfAdded(principal, entrustee));
        }
        if (reached.containsKey(principal)) {
            throwIfCycle(workspaceId, withClosingLink(ChainGraph.pathFromRoot(reached, principal), entrustee));
        }
    }

    private static List<Long> withClosingLink(List<Long> path, long entrustee) {
        List<Long> cycle = new ArrayList<>(path);
        cycle.add(entrustee);
        return cycle;
    }

    private void throwIfCycle(long workspaceId, List<Long> cycle) {
        if (!cycle.isEmpty()) {
            Map<Long, OperatorRef> refs = operators.refs(workspaceId, new TreeSet<>(cycle));
            throw new ChainCycleException(cycle.stream().map(refs::get).toList());
        }
    }

    private void requireOperators(long workspaceId, long... ids) {
        for (long id : ids) {
            if (!operators.exists(workspaceId, id)) {
                throw new RegisterNotFoundException("operator", id);
            }
        }
    }

    // ---- holdings

    @Transactional
    public long createHolding(long workspaceId, Holding holding) {
        requireOperators(workspaceId, holding.operatorId(), holding.principalId());
        long id = holdings.insert(workspaceId, holding);
        audit.record(AuditEvent.of("holding.create").inWorkspace(workspaceId).target("holding", id));
        return id;
    }

    @Transactional
    public void updateHolding(long workspaceId, Holding holding) {
        Holding before = holding(workspaceId, holding.id());
        requireOperators(workspaceId, holding.operatorId(), holding.principalId());
        holdings.update(workspaceId, before, holding);
        audit.record(AuditEvent.of("holding.update").inWorkspace(workspaceId).target("holding", holding.id())
                .changedBetween(before, holding));
    }

    @Transactional
    public void deleteHolding(long workspaceId, long id) {
        holdings.delete(workspaceId, holding(workspaceId, id));
        audit.record(AuditEvent.of("holding.delete").inWorkspace(workspaceId).target("holding", id));
    }

    public Holding holding(long workspaceId, long id) {
        return holdings.find(workspaceId, id).orElseThrow(() -> new RegisterNotFoundException("holding", id));
    }

    /** The holdings stored at an operator, one page at a time (a vendor may hold tens of thousands). */
    public ResultPage<Holding> holdingsAt(long workspaceId, long operatorId, int page, int size) {
        operator(workspaceId, operatorId);
        int s = clampSize(size);
        int p = Math.max(0, page);
        return new ResultPage<>(holdings.atOperator(workspaceId, operatorId, p * s, s), p, s,
                holdings.countAtOperator(workspaceId, operatorId));
    }

    public List<Holding> holdingsFor(long workspaceId, long principalId) {
        operator(workspaceId, principalId);
        return holdings.forPrincipal(workspaceId, principalId, 500);
    }

    public ResultPage<Holding> searchHoldings(long workspaceId, String query, int page, int size) {
        String q = query == null ? "" : query.strip();
        int s = clampSize(size);
        int p = Math.max(0, page);
        return new ResultPage<>(holdings.search(workspaceId, q, p * s, s), p, s, holdings.count(workspaceId, q));
    }

    private static int clampSize(int size) {
        return Math.max(1, Math.min(size <= 0 ? 50 : size, 500));
    }

    private static final int FACTS_READ_BY_ID = 5_000;

    /**
     * The kind of every operator an incident at {@code impact}'s operator reaches (its principals' own shares come
     * with the impact). Up to {@value #FACTS_READ_BY_ID} operators are read by id, more in one pass over the
     * workspace's operators (the covering index ix_operator_workspace_name_ref, streamed): a vendor's 173,401.
     */
    @Transactional(readOnly = true)
    public RegisterFacts facts(long workspaceId, Impact impact) {
        List<Long> ids = new ArrayList<>(impact.principals().size() + 1);
        ids.add(impact.operator().id());
        impact.principals().forEach(p -> ids.add(p.operator().id()));
        return new RegisterFacts(ids.size() > FACTS_READ_BY_ID ? operators.kinds(workspaceId)
                : operators.kinds(workspaceId, ids));
    }

    // ---- chain and impact

    /** Up- and downstream of an operator at any depth, each with its shortest path; at most {@code limit} each way. */
    public Chain chain(long workspaceId, long operatorId, int limit) {
        OperatorRef self = operator(workspaceId, operatorId).ref();
        int max = Math.max(1, limit);
        Map<Long, Long> up = search(workspaceId, operatorId, true, max + 1, -1);
        Map<Long, Long> down = search(workspaceId, operatorId, false, max + 1, -1);
        boolean truncated = up.size() > max || down.size() > max;
        Set<Long> ids = new TreeSet<>();
        up.keySet().stream().limit(max).forEach(ids::add);
        down.keySet().stream().limit(max).forEach(ids::add);
        Map<Long, OperatorRef> refs = operators.refs(workspaceId, ids);
        refs.put(operatorId, self);
        List<List<OperatorRef>> upstream = new ArrayList<>();
        up.keySet().stream().limit(max).forEach(id -> {
            List<Long> path = new ArrayList<>(ChainGraph.pathFromRoot(up, id));
            Collections.reverse(path);
            upstream.add(path.stream().map(refs::get).toList());
        });
        List<List<OperatorRef>> downstream = new ArrayList<>();
        down.keySet().stream().limit(max).forEach(id ->
                downstream.add(ChainGraph.pathFromRoot(down, id).stream().map(refs::get).toList()));
        return new Chain(self, upstream, downstream, truncated);
    }

    /**
     * Breadth-first search through the database, one query per level, stopping after {@code limit} operators or
     * on reaching {@code target}. Answers operator → the operator it was reached from (start excluded).
     */
    private Map<Long, Long> search(long workspaceId, long start, boolean upstream, int limit, long target) {
        Map<Long, Long> parent = new LinkedHashMap<>();
        parent.put(start, -1L);
        List<Long> frontier = List.of(start);
        while (!frontier.isEmpty() && (limit <= 0 || parent.size() <= limit) && !parent.containsKey(target)) {
            List<Long> next = new ArrayList<>();
            for (long[] edge : entrustments.neighbours(workspaceId, frontier, upstream, limit <= 0 ? 0 : limit + 1)) {
                long from = upstream ? edge[1] : edge[0];
                long to = upstream ? edge[0] : edge[1];
                if (!parent.containsKey(to)) {
                    parent.put(to, from);
                    next.add(to);
                }
            }
            frontier = next;
        }
        parent.remove(start);
        return parent;
    }

    /**
     * Everything an incident at {@code operatorId} touches, every principal as a record (the incident module builds
     * its parties from it). Pages and the summary should use {@link #impactIndex}, which makes no record it does not
     * show.
     */
    @Transactional(readOnly = true)
    public Impact impact(long workspaceId, long operatorId) {
        return impactIndex(workspaceId, operatorId).toImpact();
    }

    /**
     * The impact of an incident at {@code operatorId} in compact form: its summary and pages. Kept between calls
     * ({@link RegisterViews}) while the workspace's register and the date are unchanged; worked out by one scan of the
     * holdings at the operator, graph work in memory on the workspace's graph and names ({@link GraphSnapshots}), and
     * one read of the holdings at the operators in the middle of the paths. After a change made on this node, the kept
     * answer is brought up to date from what changed when it can be ({@link ImpactIndex#afterGraphChange},
     * {@link ImpactIndex#afterHoldingsChange}).
     */
    @Transactional(readOnly = true)
    public ImpactIndex impactIndex(long workspaceId, long operatorId) {
        OperatorRef incidentAt = operator(workspaceId, operatorId).ref();
        return views.get(workspaceId, new ImpactOf(operatorId), ImpactIndex::weight,
                () -> computeImpact(workspaceId, incidentAt),
                (kept, changes) -> impactAfter(workspaceId, incidentAt, kept, changes));
    }

    /** A kept impact brought up to date from this node's log of what changed since (null: work it out again). */
    private ImpactIndex impactAfter(long workspaceId, OperatorRef incidentAt, ImpactIndex kept,
            GraphVersions.RegisterChanges changes) {
        ImpactIndex.ShareReader shares = (middles, sink) -> readShares(workspaceId, middles, sink);
        ImpactIndex current = kept;
        if (!changes.graph().isEmpty()) {
            GraphSnapshots.Snapshot snapshot = snapshots.of(workspaceId);
            current = kept.afterGraphChange(changes.graph(), snapshot.graph(), snapshot.refs(), shares);
        }
        return current == null ? null
                : current.afterHoldingsChange(changes.holdingsAt(), () -> impactRows(workspaceId, incidentAt), shares);
    }

    private record ImpactOf(long operatorId) {
    }

    private ImpactIndex computeImpact(long workspaceId, OperatorRef incidentAt) {
        List<ImpactIndex.HoldingRow> rows = impactRows(workspaceId, incidentAt);
        GraphSnapshots.Snapshot snapshot = snapshots.of(workspaceId);
        return ImpactIndex.compute(incidentAt, rows, snapshot.graph(), snapshot.refs(),
                (middles, sink) -> readShares(workspaceId, middles, sink));
    }

    /** The holdings kept at the operator with the incident, as the impact reads them. */
    private List<ImpactIndex.HoldingRow> impactRows(long workspaceId, OperatorRef incidentAt) {
        LocalDate today = today();
        return jdbc.sql("SELECT id, principal_id, description, item_codes, persons, "
                        + "persons_estimated, persons_max, encryption, cipher, key_kept_separately, deletion_due_on, "
                        + "deletion_confirmed_on FROM holding WHERE workspace_id = ? AND operator_id = ? ORDER BY id")
                .params(workspaceId, incidentAt.id())
                .query((rs, n) -> {
                    long max = rs.getLong("persons_max");
                    Long personsMax = rs.wasNull() ? null : max;
                    Encryption encryption = Encryption.valueOf(rs.getString("encryption"));
                    java.sql.Date due = rs.getDate("deletion_due_on");
                    boolean past = due != null && due.toLocalDate().isBefore(today)
                            && rs.getDate("deletion_confirmed_on") == null;
                    return new ImpactIndex.HoldingRow(rs.getLong("id"), rs.getLong("principal_id"),
                            rs.getString("description"), rs.getString("item_codes"),
                            new PersonCount(rs.getLong("persons"), rs.getBoolean("persons_estimated"), personsMax),
                            encryption, encryption == Encryption.STRONG && rs.getString("cipher") != null
                                    && rs.getBoolean("key_kept_separately"),
                            past);
                })
                .list();
    }

    /** Up to this many operators in the middle, their holdings are read one operator at a time. */
    private static final int MIDDLES_READ_ONE_BY_ONE = 64;

    /**
     * The holdings kept at the operators in the middle of the impact's paths: one query per operator, or one pass over
     * the workspace's holdings when there are many (a vendor has 3,400 offices in the middle at mk scale).
     */
    private void readShares(long workspaceId, Set<Long> middles, ImpactIndex.ShareSink sink) {
        org.springframework.jdbc.core.RowCallbackHandler read = rs -> {
            long at = rs.getLong(1);
            if (!middles.contains(at)) {
                return;
            }
            long max = rs.getLong(6);
            Long personsMax = rs.wasNull() ? null : max;
            sink.accept(at, rs.getLong(2), new PersonCount(rs.getLong(4), rs.getBoolean(5), personsMax), rs.getString(3));
        };
        // Every column from ix_holding_operator_share.
        String columns = "SELECT operator_id, principal_id, item_codes, persons, persons_estimated, persons_max FROM holding ";
        if (middles.size() > MIDDLES_READ_ONE_BY_ONE) {
            reads.stream(columns + "WHERE workspace_id = ?", read, workspaceId);
        } else {
            for (long middle : middles) {
                jdbc.sql(columns + "WHERE workspace_id = ? AND operator_id = ?").params(workspaceId, middle).query(read);
            }
        }
    }

    // ---- watch list

    /**
     * The dashboard's findings for this workspace as of today. The rows are read first and the operators they
     * name are then read in one query: looking each name up on its own cost a query per operator, up to a
     * thousand for a dashboard at mk scale, and was most of the dashboard's time.
     */
    public WatchList watchList(long workspaceId) {
        // Kept while the register and the date are unchanged: the queries below scan every entrustment of the
        // workspace (173,401 at mk scale) to find the few that need attention, on every dashboard view.
        return views.get(workspaceId, new WatchOf(), WatchList::size, () -> computeWatchList(workspaceId));
    }

    private record WatchOf() {
    }

    private WatchList computeWatchList(long workspaceId) {
        LocalDate today = today();
        List<Holding> pastDue = holdings.pastDeletionDate(workspaceId, today, WATCH_LIMIT);
        record Unapproved(long id, long principal, long middle, long entrustee) {
        }
        // From the principal's entrustments that lack an approval (by ix_entrustment_reentrustment, one branch for each
        // way of lacking it) to the sub-entrustments under them; starting from every sub-entrustment scanned them all.
        List<Unapproved> unapprovedRows = jdbc.sql("""
                SELECT sub.id, up.principal_id, sub.principal_id AS middle, sub.entrustee_id
                FROM entrustment up JOIN entrustment sub
                  ON sub.workspace_id = up.workspace_id AND sub.principal_id = up.entrustee_id
                WHERE up.workspace_id = ? AND up.re_entrustment_allowed = FALSE
                UNION ALL
                SELECT sub.id, up.principal_id, sub.principal_id AS middle, sub.entrustee_id
                FROM entrustment up JOIN entrustment sub
                  ON sub.workspace_id = up.workspace_id AND sub.principal_id = up.entrustee_id
                WHERE up.workspace_id = ? AND up.re_entrustment_allowed = TRUE AND up.re_entrustment_approval IS NULL
                ORDER BY 1, 2 LIMIT ?""")
                .params(workspaceId, workspaceId, WATCH_LIMIT)
                .query((rs, n) -> new Unapproved(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
        List<Entrustment> noClauseRows = entrustmentsInIndexOrder(workspaceId, "incident_report_hours", "IS NULL", null,
                WATCH_LIMIT);
        // Never reviewed first, then the oldest reviews.
        List<Entrustment> overdueRows = new ArrayList<>(entrustmentsInIndexOrder(workspaceId, "last_review_on", "IS NULL",
                null, WATCH_LIMIT));
        if (overdueRows.size() < WATCH_LIMIT) {
            overdueRows.addAll(entrustmentsInIndexOrder(workspaceId, "last_review_on", "< ?",
                    java.sql.Date.valueOf(today.minusMonths(REVIEW_INTERVAL_MONTHS)), WATCH_LIMIT - overdueRows.size()));
        }

        java.util.Set<Long> ids = new java.util.HashSet<>();
        pastDue.forEach(h -> ids.add(h.operatorId()));
        unapprovedRows.forEach(u -> ids.addAll(List.of(u.principal(), u.middle(), u.entrustee())));
        noClauseRows.forEach(e -> ids.addAll(List.of(e.principalId(), e.entrusteeId())));
        overdueRows.forEach(e -> ids.addAll(List.of(e.principalId(), e.entrusteeId())));
        Map<Long, String> names = operatorNames(workspaceId, ids);
        java.util.function.LongFunction<String> name = id -> names.getOrDefault(id, "#" + id);

        List<WatchList.Item> past = new ArrayList<>();
        for (Holding h : pastDue) {
            past.add(new WatchList.Item(WatchList.Kind.PAST_DELETION_DATE, name.apply(h.operatorId()) + "：" + h.description(),
                    "/register/holdings/" + h.id(), h.deletionDueOn(), h.persons().value()));
        }

        // A sub-entrustee S of E for principal P is approved only if P's entrustment to E allows it and the
        // approval is on record (APPI Art. 25 supervision reaches through the chain).
        List<WatchList.Item> unapproved = new ArrayList<>();
        for (Unapproved u : unapprovedRows) {
            unapproved.add(new WatchList.Item(WatchList.Kind.UNAPPROVED_RE_ENTRUSTMENT,
                    name.apply(u.principal()) + " → " + name.apply(u.middle()) + " → " + name.apply(u.entrustee()),
                    "/register/entrustments/" + u.id(),
                    null, null));
        }

        java.util.function.Function<Entrustment, String> subject = e -> name.apply(e.principalId()) + " → "
                + name.apply(e.entrusteeId()) + "：" + e.purpose();
        List<WatchList.Item> noClause = noClauseRows.stream().map(e -> new WatchList.Item(WatchList.Kind.NO_INCIDENT_CLAUSE,
                subject.apply(e), "/register/entrustments/" + e.id(), null, null)).toList();
        List<WatchList.Item> overdue = overdueRows.stream().map(e -> new WatchList.Item(WatchList.Kind.REVIEW_OVERDUE,
                subject.apply(e), "/register/entrustments/" + e.id(), e.lastReviewOn(), null)).toList();
        return new WatchList(past, unapproved, noClause, overdue);
    }

    /**
     * The first entrustments whose {@code column} meets {@code condition} (with {@code value} for its ?, if any), in the
     * order of the (workspace_id, column, id) index (V32), so the read stops after the limit: one filter over several
     * conditions walked every entrustment of the workspace when few or none matched.
     */
    private List<Entrustment> entrustmentsInIndexOrder(long workspaceId, String column, String condition, Object value,
            int limit) {
        List<Object> params = new ArrayList<>(List.of(workspaceId));
        if (value != null) {
            params.add(value);
        }
        params.add(limit);
        return jdbc.sql("SELECT " + Entrustments.COLUMNS + " FROM entrustment WHERE workspace_id = ? AND " + column + " "
                        + condition + " ORDER BY workspace_id, " + column + ", id LIMIT ?")
                .params(params).query(Entrustments::map).list();
    }

    /** The names of the given operators of one workspace, read in a few queries of at most 500 ids each. */
    private Map<Long, String> operatorNames(long workspaceId, java.util.Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            jdbc.sql("SELECT id, name FROM operator WHERE workspace_id = :ws AND id IN (:ids)")
                    .param("ws", workspaceId).param("ids", all.subList(from, Math.min(all.size(), from + 500)))
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }
}

package org.itaku.entrustment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The change counters of a workspace's register (table entrustment_graph_version): {@code version} for the
 * entrustment graph and operator names, {@code holdings_version} (V25) for the holdings. Writers raise them inside
 * their transaction; the row lock orders them, so a committed pair always names one state of the register.
 * {@link GraphSnapshots} and {@link RegisterViews} compare them with what they hold in memory. The same row keeps
 * the workspace's number of operators ({@code operator_count}, V33), changed under the same lock.
 *
 * <p>A transaction that raised the version sees a number that is not committed and may never be: if it rolls
 * back, the next writer commits the same number with other contents. So the transaction also notes the
 * workspace ({@link #changedInThisTransaction}), and {@link GraphSnapshots} neither serves nor keeps a snapshot
 * for it until it ends.
 */
@Repository
class GraphVersions {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;
    private final List<LongConsumer> afterCommit = new CopyOnWriteArrayList<>();
    private final List<LongConsumer> afterAnyCommit = new CopyOnWriteArrayList<>();
    private final Logs logs = new Logs();

    GraphVersions(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Calls {@code listener} with each workspace whose raised graph version a transaction has just committed. */
    void afterCommit(LongConsumer listener) {
        afterCommit.add(listener);
    }

    /** Calls {@code listener} with each workspace whose graph or holdings version a transaction has just committed. */
    void afterAnyCommit(LongConsumer listener) {
        afterAnyCommit.add(listener);
    }

    /** Raises the workspace's graph version; call in the same transaction as a change to operators or entrustments. */
    void bump(long workspaceId) {
        bump(workspaceId, 0);
    }

    /**
     * Raises the workspace's graph version for a change that also adds {@code operatorsAdded} operators (V33's kept
     * count; negative for removed ones), in one statement. Without {@code changes} the change may be anything (a
     * batch import, a deletion); with them, they are the whole change to the graph and names, and once committed the
     * {@link #changesBetween change log} says so.
     */
    void bump(long workspaceId, long operatorsAdded, GraphChange... changes) {
        Optional<Changed> changed = Changed.in(afterCommit, afterAnyCommit, logs);
        raise(workspaceId, "version", operatorsAdded);
        changed.ifPresent(c -> c.graphChanges.computeIfAbsent(workspaceId, ws -> new Pending<>())
                .add(raised(workspaceId, "version"), List.of(changes)));
    }

    /**
     * A change to the graph or to the names, as {@link GraphSnapshots} and the kept answers can apply it: an
     * operator added or renamed ({@link Named}: its reference as it now is), an entrustment added ({@link Linked}) or
     * deleted ({@link Unlinked}).
     */
    sealed interface GraphChange {
    }

    record Named(OperatorRef ref) implements GraphChange {
    }

    record Linked(long principal, long entrustee) implements GraphChange {
    }

    record Unlinked(long principal, long entrustee) implements GraphChange {
    }

    /**
     * Adds to the workspace's kept operator count; call in the transaction that inserted or deleted them, after
     * {@link #bump} (so the row exists and this transaction holds its lock).
     */
    void countOperators(long workspaceId, long added) {
        if (added != 0) {
            jdbc.sql("UPDATE entrustment_graph_version SET operator_count = operator_count + ? WHERE workspace_id = ?")
                    .params(added, workspaceId).update();
        }
    }

    /**
     * The workspace's operators as this transaction sees them, kept by every insert and delete (V33): the operator
     * list's total without counting the workspace's rows on every page.
     */
    long operatorCount(long workspaceId) {
        return jdbc.sql("SELECT operator_count FROM entrustment_graph_version WHERE workspace_id = ?").param(workspaceId)
                .query(Long.class).optional().orElse(0L);
    }

    /**
     * Raises the workspace's holdings version; call in the same transaction as a change to holdings. Without
     * {@code atOperators} the change may concern any operator (a batch import); with them, it concerns only the
     * holdings kept at those operators (where a changed holding was kept before and after), and once committed the
     * {@link #changesBetween change log} says so.
     */
    void bumpHoldings(long workspaceId, long... atOperators) {
        Optional<Changed> changed = Changed.in(afterCommit, afterAnyCommit, logs);
        raise(workspaceId, "holdings_version", 0);
        changed.ifPresent(c -> c.holdingChanges.computeIfAbsent(workspaceId, ws -> new Pending<>())
                .add(raised(workspaceId, "holdings_version"), Arrays.stream(atOperators).boxed().toList()));
    }

    /** The counter this transaction has just raised (its own, uncommitted value: it holds the row's lock). */
    private long raised(long workspaceId, String column) {
        return jdbc.sql("SELECT " + column + " FROM entrustment_graph_version WHERE workspace_id = ?").param(workspaceId)
                .query(Long.class).single();
    }

    /**
     * What changed in the register between two committed pairs of counters: the graph changes in order and the
     * operators whose holdings changed. Known only if every version between was committed by this node, each with
     * its changes named; empty otherwise (another node's change, a batch import, a deletion, versions older than the
     * log keeps). Lets a kept answer be brought up to date from what changed instead of being worked out again from
     * the whole register.
     */
    Optional<RegisterChanges> changesBetween(long workspaceId, Versions kept, Versions now) {
        Optional<List<GraphChange>> graph = graphChangesBetween(workspaceId, kept.graph(), now.graph());
        Optional<List<Long>> holdings = logs.holdings.between(workspaceId, kept.holdings(), now.holdings());
        if (graph.isEmpty() || holdings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RegisterChanges(graph.get(), Set.copyOf(holdings.get())));
    }

    /** As {@link #changesBetween}, for the graph version alone. */
    Optional<List<GraphChange>> graphChangesBetween(long workspaceId, long kept, long now) {
        return logs.graph.between(workspaceId, kept, now);
    }

    /** The graph changes in the order they were made, and the operators whose holdings changed. */
    record RegisterChanges(List<GraphChange> graph, Set<Long> holdingsAt) {
    }

    private void raise(long workspaceId, String column, long operatorsAdded) {
        String update = "UPDATE entrustment_graph_version SET " + column + " = " + column + " + 1, "
                + "operator_count = operator_count + ? WHERE workspace_id = ?";
        if (jdbc.sql(update).params(operatorsAdded, workspaceId).update() == 0) {
            // A workspace created after V10 has no row yet. Two first writers may race to insert it: the loser
            // rolls back to its savepoint (PostgreSQL would otherwise abort the whole transaction) and raises.
            try {
                savepoint.executeWithoutResult(status -> jdbc
                        .sql("INSERT INTO entrustment_graph_version (workspace_id, version, holdings_version, operator_count) "
                                + "VALUES (?, ?, ?, ?)")
                        .params(workspaceId, column.equals("version") ? 1 : 0, column.equals("version") ? 0 : 1,
                                operatorsAdded).update());
            } catch (DuplicateKeyException e) {
                jdbc.sql(update).params(operatorsAdded, workspaceId).update();
            }
        }
    }

    /** The current graph version; 0 for a workspace that has never been written to. */
    long current(long workspaceId) {
        return jdbc.sql("SELECT version FROM entrustment_graph_version WHERE workspace_id = ?").param(workspaceId)
                .query(Long.class).optional().orElse(0L);
    }

    /** Both committed counters of a workspace as this transaction sees them; 0 and 0 before the first write. */
    record Versions(long graph, long holdings) {
    }

    Versions both(long workspaceId) {
        return jdbc.sql("SELECT version, holdings_version FROM entrustment_graph_version WHERE workspace_id = ?")
                .param(workspaceId).query((rs, n) -> new Versions(rs.getLong(1), rs.getLong(2))).optional()
                .orElse(new Versions(0, 0));
    }

    /** Whether the current transaction (still open) has changed the workspace's graph or operator names. */
    boolean changedInThisTransaction(long workspaceId) {
        return Changed.find().map(changed -> changed.graphChanges.containsKey(workspaceId)).orElse(false);
    }

    /** Whether the current transaction (still open) has changed anything in the workspace's register. */
    boolean registerChangedInThisTransaction(long workspaceId) {
        return Changed.find().map(changed -> changed.graphChanges.containsKey(workspaceId)
                || changed.holdingChanges.containsKey(workspaceId)).orElse(false);
    }

    /**
     * The workspaces one transaction changed. Kept as a synchronization of that transaction, so Spring suspends
     * and resumes it with the transaction (REQUIRES_NEW) and drops it when the transaction ends.
     */
    private static final class Changed implements TransactionSynchronization {

        // The workspaces whose graph or holdings this transaction changed, with what it changed.
        final Map<Long, Pending<GraphChange>> graphChanges = new HashMap<>();
        final Map<Long, Pending<Long>> holdingChanges = new HashMap<>();
        final List<LongConsumer> listeners;
        final List<LongConsumer> anyListeners;
        final Logs log;

        Changed(List<LongConsumer> listeners, List<LongConsumer> anyListeners, Logs log) {
            this.listeners = listeners;
            this.anyListeners = anyListeners;
            this.log = log;
        }

        @Override
        public void afterCommit() {
            // Logged before the listeners run, so the refreshes they start can bring kept answers up to date from it.
            graphChanges.forEach(log.graph::committed);
            holdingChanges.forEach(log.holdings::committed);
            graphChanges.keySet().forEach(ws -> listeners.forEach(listener -> listener.accept(ws)));
            Set<Long> any = new HashSet<>(graphChanges.keySet());
            any.addAll(holdingChanges.keySet());
            any.forEach(ws -> anyListeners.forEach(listener -> listener.accept(ws)));
        }

        static Optional<Changed> find() {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                return Optional.empty();
            }
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                if (s instanceof Changed changed) {
                    return Optional.of(changed);
                }
            }
            return Optional.empty();
        }

        /** This transaction's record, registered on first use; empty outside a transaction (auto-commit). */
        static Optional<Changed> in(List<LongConsumer> listeners, List<LongConsumer> anyListeners,
                Logs log) {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                return Optional.empty();
            }
            return find().or(() -> {
                Changed changed = new Changed(listeners, anyListeners, log);
                TransactionSynchronizationManager.registerSynchronization(changed);
                return Optional.of(changed);
            });
        }
    }

    /**
     * One transaction's changes to one counter of one workspace: the versions it raised, {@code first} to {@code last}
     * (consecutive: the counter's row lock is held to the end), and what changed, in order; null when unknown.
     */
    private static final class Pending<T> {
        long first = -1;
        long last;
        List<T> changes = new ArrayList<>();

        void add(long raised, List<T> changed) {
            if (first < 0) {
                first = raised;
            }
            last = raised;
            if (changed.isEmpty()) {
                changes = null;
            } else if (changes != null) {
                changes.addAll(changed);
            }
        }
    }

    /** The two logs: graph changes and the operators of holdings changes. */
    static final class Logs {
        final ChangeLog<GraphChange> graph = new ChangeLog<>();
        final ChangeLog<Long> holdings = new ChangeLog<>();
    }

    /**
     * The versions of one counter this node committed, newest {@value #KEPT} per workspace, each with what changed
     * (a transaction's changes sit at its last version, the others it raised hold none). Versions committed elsewhere
     * are missing, so a range that needs one is unknown.
     */
    static final class ChangeLog<T> {

        static final int KEPT = 1024;

        private static final List<Object> UNKNOWN = Collections.unmodifiableList(new ArrayList<>());

        private final Map<Long, NavigableMap<Long, List<?>>> byWorkspace = new HashMap<>();

        synchronized void committed(long workspaceId, Pending<T> change) {
            NavigableMap<Long, List<?>> log = byWorkspace.computeIfAbsent(workspaceId, ws -> new TreeMap<>());
            for (long v = change.first; v <= change.last; v++) {
                log.put(v, change.changes == null ? UNKNOWN : v == change.last ? List.copyOf(change.changes) : List.of());
            }
            while (log.size() > KEPT) {
                log.pollFirstEntry();
            }
        }

        /** The changes after version {@code kept} up to {@code now}, in order; empty if any of them is not known. */
        @SuppressWarnings("unchecked")
        synchronized Optional<List<T>> between(long workspaceId, long kept, long now) {
            if (now == kept) {
                return Optional.of(List.of());
            }
            NavigableMap<Long, List<?>> log = byWorkspace.get(workspaceId);
            if (log == null || now < kept || now - kept > KEPT) {
                return Optional.empty();
            }
            List<T> changes = new ArrayList<>();
            for (long v = kept + 1; v <= now; v++) {
                List<?> at = log.get(v);
                if (at == null || at == UNKNOWN) {
                    return Optional.empty();
                }
                changes.addAll((List<T>) at);
            }
            return Optional.of(changes);
        }
    }
}

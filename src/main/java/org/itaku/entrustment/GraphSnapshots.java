package org.itaku.entrustment;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The entrustment graph and the operator references of a workspace, read once and kept while the workspace's
 * {@link GraphVersions version} stays the same. Reading them is most of the cost of an impact answer for a
 * large register (173,401 edges and names at mk scale); checking the version is one primary-key read.
 *
 * <p>Rules that keep the answers right:
 * <ul>
 * <li>Keyed by workspace: a snapshot holds one workspace's rows only, read with its id.</li>
 * <li>The version lives in the database and every write to operator or entrustment raises it in its own
 * transaction, so a change committed on any node of a cluster makes every node's copy stale.</li>
 * <li>A transaction that has itself changed the workspace reads the graph afresh and keeps nothing: its version
 * is not committed, and after a rollback the same number would be committed again with other contents.</li>
 * <li>The version is read before and after the graph; a snapshot is kept only if the two agree, so a commit that
 * landed while it was being read (read committed) cannot leave a mixed snapshot behind.</li>
 * <li>Bounded: at most {@code itaku.register.graph-cache.entries} edges plus operators in all (default 1,000,000,
 * about 200 MB; the mk-scale register counts 346,803), least recently used first out; a workspace larger than
 * the bound is never kept.</li>
 * </ul>
 * Snapshots are never changed after they are built (callers must not call {@link ChainGraph#add} on them).
 *
 * <p>Unless {@code itaku.register.graph-cache.prefetch=false}, a snapshot is also built ahead of need, on one
 * background thread: for every workspace with entrustments when the application is ready, and again for a
 * workspace right after a transaction that changed it commits. So the incident that follows a register change
 * finds the snapshot ready instead of paying for reading the whole graph (a few hundred milliseconds at mk scale), and
 * a caller asking for the version being read meanwhile shares that read ({@link InFlight}). Other nodes of a cluster
 * notice the change only through the version, on their next call.
 */
@Component
class GraphSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(GraphSnapshots.class);

    /** A workspace's graph and operator references as of one version. Read only. */
    record Snapshot(long version, ChainGraph graph, Map<Long, OperatorRef> refs) {

        long weight() {
            return (long) graph.edges() + refs.size();
        }

        /** This snapshot with the changes made since, as of {@code version}: a copy, this one stays as it is. */
        Snapshot after(List<GraphVersions.GraphChange> changes, long version) {
            ChainGraph changed = graph.copy();
            Map<Long, OperatorRef> names = new HashMap<>(refs);
            for (GraphVersions.GraphChange change : changes) {
                if (change instanceof GraphVersions.Named n) {
                    names.put(n.ref().id(), n.ref());
                } else if (change instanceof GraphVersions.Linked l) {
                    changed.add(l.principal(), l.entrustee());
                } else if (change instanceof GraphVersions.Unlinked u) {
                    changed.remove(u.principal(), u.entrustee());
                }
            }
            return new Snapshot(version, changed, Collections.unmodifiableMap(names));
        }
    }

    private final GraphVersions versions;
    private final Entrustments entrustments;
    private final Operators operators;
    private final long maxEntries;
    private final Map<Long, Snapshot> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedEntries;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final boolean prefetch;
    private final PacedRebuilds background;
    private final InFlight<Reading, Snapshot> reading = new InFlight<>();

    private record Reading(long workspaceId, long version) {
    }

    GraphSnapshots(GraphVersions versions, Entrustments entrustments, Operators operators, JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Value("${itaku.register.graph-cache.entries:1000000}") long maxEntries,
            @Value("${itaku.register.graph-cache.prefetch:true}") boolean prefetch,
            @Value("${itaku.register.background-pace:3}") double pace) {
        this.background = new PacedRebuilds("itaku-graph-prefetch", pace);
        this.versions = versions;
        this.entrustments = entrustments;
        this.operators = operators;
        this.jdbc = jdbc;
        this.maxEntries = maxEntries;
        this.prefetch = prefetch;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        if (prefetch) {
            versions.afterCommit(this::prefetch);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void prefetchAll() {
        if (prefetch) {
            jdbc.sql("SELECT DISTINCT workspace_id FROM entrustment ORDER BY workspace_id").query(Long.class).list()
                    .forEach(this::prefetch);
        }
    }

    /**
     * Builds the workspace's snapshot soon, on the background thread; requests for one workspace coalesce, and the
     * thread paces itself by the cost of its builds ({@link PacedRebuilds}).
     */
    void prefetch(long workspaceId) {
        background.request(workspaceId, ws -> {
            try {
                readOnly.executeWithoutResult(status -> of(ws));
            } catch (RuntimeException e) {
                // Only an optimisation: the next impact call reads the graph itself.
                LOG.warn("could not prefetch the entrustment graph of workspace {}: {}", ws, e.toString());
            }
        });
    }

    @PreDestroy
    void stop() {
        background.stop();
    }

    /** The current snapshot of the workspace as this transaction sees it; call inside a transaction. */
    Snapshot of(long workspaceId) {
        if (versions.changedInThisTransaction(workspaceId)) {
            return read(workspaceId, -1);
        }
        long version = versions.current(workspaceId);
        Snapshot kept;
        synchronized (cache) {
            kept = cache.get(workspaceId);
            if (kept != null && kept.version() == version) {
                return kept;
            }
        }
        // Changes this node committed since the kept snapshot are applied to a copy of it instead of reading again.
        Supplier<Snapshot> read = () -> read(workspaceId, version);
        if (kept != null && kept.version() < version) {
            Snapshot from = kept;
            read = () -> versions.graphChangesBetween(workspaceId, from.version(), version)
                    .map(changes -> from.after(changes, version)).orElseGet(() -> read(workspaceId, version));
        }
        // The background prefetch started by a change is often reading this same version already: share its read.
        Snapshot fresh = reading.get(new Reading(workspaceId, version), read);
        if (versions.current(workspaceId) == version) {
            keep(workspaceId, fresh);
        }
        return fresh;
    }

    private Snapshot read(long workspaceId, long version) {
        return new Snapshot(version, entrustments.graph(workspaceId),
                Collections.unmodifiableMap(operators.refs(workspaceId)));
    }

    private void keep(long workspaceId, Snapshot fresh) {
        if (fresh.weight() > maxEntries) {
            return;
        }
        synchronized (cache) {
            Snapshot old = cache.get(workspaceId);
            if (old != null && old.version() > fresh.version()) {
                return; // a reader in an older (repeatable-read) transaction must not replace a newer copy
            }
            if (old != null) {
                cache.remove(workspaceId);
                cachedEntries -= old.weight();
            }
            cache.put(workspaceId, fresh);
            cachedEntries += fresh.weight();
            Iterator<Snapshot> eldest = cache.values().iterator();
            while (cachedEntries > maxEntries && eldest.hasNext()) {
                Snapshot s = eldest.next();
                if (s == fresh) {
                    break;
                }
                eldest.remove();
                cachedEntries -= s.weight();
            }
        }
    }

    /** The version of the workspace's kept snapshot, or -1 when none is kept (for tests and diagnostics). */
    long keptVersion(long workspaceId) {
        synchronized (cache) {
            Snapshot s = cache.get(workspaceId);
            return s == null ? -1 : s.version();
        }
    }

    /** How many workspaces and entries are kept (for tests and diagnostics). */
    long[] size() {
        synchronized (cache) {
            return new long[] {cache.size(), cachedEntries};
        }
    }
}

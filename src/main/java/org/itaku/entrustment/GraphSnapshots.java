package org.itaku.entrustment;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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
 */
@Component
class GraphSnapshots {

    /** A workspace's graph and operator references as of one version. Read only. */
    record Snapshot(long version, ChainGraph graph, Map<Long, OperatorRef> refs) {

        long weight() {
            return (long) graph.edges() + refs.size();
        }
    }

    private final GraphVersions versions;
    private final Entrustments entrustments;
    private final Operators operators;
    private final long maxEntries;
    private final Map<Long, Snapshot> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedEntries;

    GraphSnapshots(GraphVersions versions, Entrustments entrustments, Operators operators,
            @Value("${itaku.register.graph-cache.entries:1000000}") long maxEntries) {
        this.versions = versions;
        this.entrustments = entrustments;
        this.operators = operators;
        this.maxEntries = maxEntries;
    }

    /** The current snapshot of the workspace as this transaction sees it; call inside a transaction. */
    Snapshot of(long workspaceId) {
        if (versions.changedInThisTransaction(workspaceId)) {
            return read(workspaceId, -1);
        }
        long version = versions.current(workspaceId);
        synchronized (cache) {
            Snapshot s = cache.get(workspaceId);
            if (s != null && s.version() == version) {
                return s;
            }
        }
        Snapshot fresh = read(workspaceId, version);
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

    /** How many workspaces and entries are kept (for tests and diagnostics). */
    long[] size() {
        synchronized (cache) {
            return new long[] {cache.size(), cachedEntries};
        }
    }
}

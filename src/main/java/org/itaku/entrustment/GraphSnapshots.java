package org.itaku.entrustment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The entrustment graph and the operator references of a workspace, read once and kept while the workspace's
 * {@link GraphVersions version} stays the same. Reading them is most of the cost of an impact answer for a
 * large register (173,401 edges and names at mk scale); checking the version is one primary-key read.
 *
 * <p>The version is read before the graph, so a snapshot may contain changes newer than its version but never
 * older ones; a newer commit raises the version, so such a snapshot is never used after it. Snapshots are
 * immutable once built. At most {@link #MAX_WORKSPACES} workspaces are kept (least recently used goes first).
 */
@Component
class GraphSnapshots {

    static final int MAX_WORKSPACES = 4;

    /** A workspace's graph and operator references as of one version. Read only. */
    record Snapshot(long version, ChainGraph graph, Map<Long, OperatorRef> refs) {
    }

    private final GraphVersions versions;
    private final Entrustments entrustments;
    private final Operators operators;
    private final Map<Long, Snapshot> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Snapshot> eldest) {
            return size() > MAX_WORKSPACES;
        }
    };

    GraphSnapshots(GraphVersions versions, Entrustments entrustments, Operators operators) {
        this.versions = versions;
        this.entrustments = entrustments;
        this.operators = operators;
    }

    /** The current snapshot of the workspace; call inside a (read-only) transaction. */
    Snapshot of(long workspaceId) {
        long version = versions.current(workspaceId);
        synchronized (cache) {
            Snapshot s = cache.get(workspaceId);
            if (s != null && s.version() == version) {
                return s;
            }
        }
        Snapshot fresh = new Snapshot(version, entrustments.graph(workspaceId), java.util.Collections.unmodifiableMap(operators.refs(workspaceId)));
        synchronized (cache) {
            Snapshot s = cache.get(workspaceId);
            if (s == null || s.version() <= version) {
                cache.put(workspaceId, fresh);
            }
        }
        return fresh;
    }
}

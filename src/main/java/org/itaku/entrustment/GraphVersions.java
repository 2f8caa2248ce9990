package org.itaku.entrustment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The change counter of a workspace's entrustment graph and operator names (table entrustment_graph_version).
 * Writers raise it inside their transaction; the row lock orders them, so a committed version always names one
 * state of the graph. {@link GraphSnapshots} compares it with what it holds in memory.
 */
@Repository
class GraphVersions {

    private final JdbcClient jdbc;

    GraphVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the workspace's version; call in the same transaction as the change. */
    void bump(long workspaceId) {
        if (jdbc.sql("UPDATE entrustment_graph_version SET version = version + 1 WHERE workspace_id = ?")
                .param(workspaceId).update() == 0) {
            jdbc.sql("INSERT INTO entrustment_graph_version (workspace_id, version) VALUES (?, 1)").param(workspaceId).update();
        }
    }

    /** The current version; 0 for a workspace that has never been written to. */
    long current(long workspaceId) {
        return jdbc.sql("SELECT version FROM entrustment_graph_version WHERE workspace_id = ?").param(workspaceId)
                .query(Long.class).optional().orElse(0L);
    }
}

-- A per-workspace counter of changes to the entrustment graph and the operator names it shows. Every write to
-- operator or entrustment raises it in the same transaction, so that Register.impact can keep the graph and the
-- names of a large register in memory and know, with one primary-key read, whether they are still current.
-- No foreign key: the row is created on first use and must not wait on an uncommitted workspace.
CREATE TABLE entrustment_graph_version (
    workspace_id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO entrustment_graph_version (workspace_id, version) SELECT id, 0 FROM workspace;

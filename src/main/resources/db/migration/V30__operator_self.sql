-- The operator a workspace marked as itself is looked up on every dashboard (vendor oversight's watch) and register
-- import: without an index that holds is_self, H2 walks the workspace's operators to find it (173,423 index entries
-- and 16,061 page reads at mk scale); with it, two.
CREATE INDEX ix_operator_workspace_self ON operator (workspace_id, is_self, id);

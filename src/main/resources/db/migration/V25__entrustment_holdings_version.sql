-- A second counter beside the graph version: every write to holding raises it in the same transaction. Register keeps
-- what it worked out from a workspace's holdings (the impact of an incident at an operator, the watch list) while
-- both counters are unchanged, so a change committed on any node shows in the next answer. A separate column, so
-- that a holding edit does not make the kept graph and names stale (re-reading them costs about a second at mk scale).
ALTER TABLE entrustment_graph_version ADD COLUMN holdings_version BIGINT DEFAULT 0 NOT NULL;

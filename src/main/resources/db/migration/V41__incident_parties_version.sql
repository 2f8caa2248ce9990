-- A stamp that changes with every write to an incident's parties (a random number, never reused), so that a node can
-- tell whether the parties it kept in memory after its own last change are still those stored (see KeptParties).
-- Cases opened before have 0, which is never kept.
ALTER TABLE incident ADD COLUMN parties_version BIGINT DEFAULT 0 NOT NULL;

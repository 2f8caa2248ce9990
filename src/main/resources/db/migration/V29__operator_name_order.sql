-- The operator list pages through a workspace's operators by name: with the id in the index too, a page is read in
-- index order and the read stops after it, instead of sorting every operator (173,401 at mk scale) per page.
-- It replaces the (workspace_id, name) index, of which it is an extension.
CREATE INDEX ix_operator_workspace_name_id ON operator (workspace_id, name, id);
DROP INDEX ix_operator_workspace_name;

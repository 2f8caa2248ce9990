-- The impact of an incident, and the register facts an incident is built from, read a few columns of a whole
-- workspace: every entrustment's two ends, every operator's name, corporate number and kind, and every holding's
-- operator, principal, persons and items. Through the workspace_id index H2 then fetched each row whole from the
-- table, decoding every column, 560,000 rows at mk scale (about 0.5 s of CPU after each register change, seconds when
-- the pages were not cached). These indexes hold the columns read, so the reads stay in the index. Each replaces an
-- index that it begins with.
CREATE INDEX ix_entrustment_edge ON entrustment (workspace_id, principal_id, entrustee_id);
DROP INDEX ix_entrustment_principal;

CREATE INDEX ix_operator_workspace_name_ref ON operator (workspace_id, name, id, corporate_number, kind);
DROP INDEX ix_operator_workspace_name_id;

CREATE INDEX ix_holding_operator_share ON holding (workspace_id, operator_id, id, principal_id, persons,
    persons_estimated, persons_max, item_codes);
DROP INDEX ix_holding_operator;

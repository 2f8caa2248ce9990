-- Two indexes that are the prefix of a later one: ix_incident_obligation_open (workspace, status, deadline, id) serves
-- what (workspace, status) served, ix_incident_obligation_history_op (workspace, incident, operator) what (workspace,
-- incident) served. A relay at a vendor writes 700,000 obligations; each index less is that much less to write.
DROP INDEX ix_incident_obligation_ws;
DROP INDEX ix_incident_obligation_history_ws;

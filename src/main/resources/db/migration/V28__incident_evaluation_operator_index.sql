-- ix_incident_evaluation_ws (workspace, incident, operator) served a read of one operator's evaluations that nothing
-- makes any more: pages show a case's latest evaluations (ix_incident_evaluation_latest) and each party's decision is
-- kept on its row. A relay or a re-evaluation at a vendor writes 170,000 evaluations; each index less is that much
-- less to write.
DROP INDEX ix_incident_evaluation_ws;

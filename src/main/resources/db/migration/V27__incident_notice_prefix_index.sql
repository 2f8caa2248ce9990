-- ix_incident_notice_ws (workspace, incident) is the prefix of ix_incident_notice_from (workspace, incident, from),
-- which serves the same reads (a case's notices, their count, those to one operator). A relay at a vendor writes
-- 170,000 notices in one step; each index less is that much less to write.
DROP INDEX ix_incident_notice_ws;

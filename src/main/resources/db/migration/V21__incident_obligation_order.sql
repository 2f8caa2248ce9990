-- The obligations list pages through a case in (operator, id) order; with id in the index the rows come from it in
-- order instead of being sorted for every page (700,000 obligations at a vendor).
DROP INDEX ix_incident_obligation_case;
CREATE INDEX ix_incident_obligation_case ON incident_obligation (workspace_id, incident_id, operator_id, id);

-- Cases opened before V20 get their kept counts now, counted from their rows as the pages used to.
INSERT INTO incident_party_tally (workspace_id, incident_id, distance, role, decided, reportable, noticed, parties, persons)
SELECT p.workspace_id, p.incident_id, p.distance, p.role, p.decided, p.reportable,
       CASE WHEN p.notice_received_at IS NULL THEN FALSE ELSE TRUE END, COUNT(*), SUM(p.persons)
FROM incident_party p
WHERE NOT EXISTS (SELECT 1 FROM incident_tally t WHERE t.incident_id = p.incident_id)
GROUP BY p.workspace_id, p.incident_id, p.distance, p.role, p.decided, p.reportable,
         CASE WHEN p.notice_received_at IS NULL THEN FALSE ELSE TRUE END;

INSERT INTO incident_duty_tally (workspace_id, incident_id, kind, status, deadline, duties)
SELECT o.workspace_id, o.incident_id, o.kind, o.status, COALESCE(o.due_on, o.window_to), COUNT(*)
FROM incident_obligation o
WHERE NOT EXISTS (SELECT 1 FROM incident_tally t WHERE t.incident_id = o.incident_id)
GROUP BY o.workspace_id, o.incident_id, o.kind, o.status, COALESCE(o.due_on, o.window_to);

INSERT INTO incident_tally (workspace_id, incident_id, holdings, notices, counted_at)
SELECT i.workspace_id, i.id,
       (SELECT COUNT(*) FROM incident_holding h WHERE h.workspace_id = i.workspace_id AND h.incident_id = i.id),
       (SELECT COUNT(*) FROM incident_notice n WHERE n.workspace_id = i.workspace_id AND n.incident_id = i.id),
       CURRENT_TIMESTAMP
FROM incident i
WHERE NOT EXISTS (SELECT 1 FROM incident_tally t WHERE t.incident_id = i.id);

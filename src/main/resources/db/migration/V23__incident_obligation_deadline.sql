-- The day an obligation counts towards (the binding due date, else the end of the indicative window), kept in its own
-- column so that the dashboard's agenda reads the soonest open ones from an index instead of sorting every open
-- obligation of the workspace by COALESCE(due_on, window_to) (700,000 with one vendor case).
ALTER TABLE incident_obligation ADD COLUMN deadline DATE;
UPDATE incident_obligation SET deadline = COALESCE(due_on, window_to);
CREATE INDEX ix_incident_obligation_open ON incident_obligation (workspace_id, status, deadline, id);

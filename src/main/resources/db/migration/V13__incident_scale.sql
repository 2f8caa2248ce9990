-- An incident at a SaaS vendor reaches every office and every client behind it (170,000 operators in the 2023
-- case). Each party keeps its latest verdict, so the incident page counts by decision in SQL instead of judging
-- every party again; timeline events are stored as a code with parameters and rendered in the reader's language;
-- a forensic finding may rule the event out.

ALTER TABLE incident_party ADD COLUMN decided BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE incident_party ADD COLUMN reportable BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE incident_party ADD COLUMN appi_categories VARCHAR(20) DEFAULT '' NOT NULL;
ALTER TABLE incident_party ADD COLUMN my_number_categories VARCHAR(20) DEFAULT '' NOT NULL;
ALTER TABLE incident_party ADD COLUMN exemption VARCHAR(64);
-- The next operator down the party's path: the entrustee whose notice reaches it (its direct principals are a page).
ALTER TABLE incident_party ADD COLUMN entrustee_id BIGINT;
UPDATE incident_party SET entrustee_id = CAST(SUBSTRING(path, POSITION(',' IN path) + 1,
    CASE WHEN POSITION(',' IN SUBSTRING(path, POSITION(',' IN path) + 1)) = 0 THEN LENGTH(path)
         ELSE POSITION(',' IN SUBSTRING(path, POSITION(',' IN path) + 1)) - 1 END) AS BIGINT)
  WHERE POSITION(',' IN path) > 0;
CREATE INDEX ix_incident_party_entrustee ON incident_party (workspace_id, incident_id, entrustee_id);
CREATE INDEX ix_incident_party_page ON incident_party (workspace_id, incident_id, distance, operator_id);

ALTER TABLE incident_timeline ADD COLUMN event_code VARCHAR(64);
ALTER TABLE incident_timeline ADD COLUMN event_params VARCHAR(2000);

ALTER TABLE incident DROP CONSTRAINT ck_incident_certainty;
ALTER TABLE incident ADD CONSTRAINT ck_incident_certainty CHECK (certainty IN ('CONFIRMED', 'POSSIBLE', 'RULED_OUT'));

-- The obligations of one incident, read page by page and counted by kind, status and deadline.
CREATE INDEX ix_incident_obligation_case ON incident_obligation (workspace_id, incident_id, operator_id);
CREATE INDEX ix_incident_obligation_history_op ON incident_obligation_history (workspace_id, incident_id, operator_id);
CREATE INDEX ix_incident_notice_from ON incident_notice (workspace_id, incident_id, from_operator_id);

-- A party's items, notices and verdict move to a row that parties alike in them share (see Parties). A relay at a
-- vendor updated all 170,000 clients' rows for one notice per office; it now rewrites one state row per office.
-- Existing parties get a state row each, numbered by their operator (unique within an incident); later rows of an
-- incident are numbered after its highest.
CREATE TABLE incident_party_state (
    workspace_id BIGINT NOT NULL,
    incident_id BIGINT NOT NULL,
    id BIGINT NOT NULL,
    item_codes VARCHAR(1000) NOT NULL,
    notice_received_at TIMESTAMP WITH TIME ZONE,
    notice_received_from BIGINT,
    notified_principals_at TIMESTAMP WITH TIME ZONE,
    decided BOOLEAN DEFAULT FALSE NOT NULL,
    reportable BOOLEAN DEFAULT FALSE NOT NULL,
    appi_categories VARCHAR(20) DEFAULT '' NOT NULL,
    my_number_categories VARCHAR(20) DEFAULT '' NOT NULL,
    exemption VARCHAR(64),
    PRIMARY KEY (incident_id, id)
);

INSERT INTO incident_party_state (workspace_id, incident_id, id, item_codes, notice_received_at, notice_received_from,
    notified_principals_at, decided, reportable, appi_categories, my_number_categories, exemption)
SELECT workspace_id, incident_id, operator_id, item_codes, notice_received_at, notice_received_from,
    notified_principals_at, decided, reportable, appi_categories, my_number_categories, exemption
FROM incident_party;

ALTER TABLE incident_party ADD COLUMN state_id BIGINT;
UPDATE incident_party SET state_id = operator_id;
ALTER TABLE incident_party ALTER COLUMN state_id SET NOT NULL;

ALTER TABLE incident_party DROP COLUMN item_codes;
ALTER TABLE incident_party DROP COLUMN notice_received_at;
ALTER TABLE incident_party DROP COLUMN notice_received_from;
ALTER TABLE incident_party DROP COLUMN notified_principals_at;
ALTER TABLE incident_party DROP COLUMN decided;
ALTER TABLE incident_party DROP COLUMN reportable;
ALTER TABLE incident_party DROP COLUMN appi_categories;
ALTER TABLE incident_party DROP COLUMN my_number_categories;
ALTER TABLE incident_party DROP COLUMN exemption;

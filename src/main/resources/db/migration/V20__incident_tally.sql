-- The incident page opens with counts: parties by distance, role, decision and notice; obligations by kind, status
-- and deadline; holdings and notices. At a SaaS vendor that is 170,000 parties and 700,000 obligations, and counting
-- them on every view took seconds. Each change writes the counts instead (the case has every party and obligation in
-- memory at that moment), and a page reads a few dozen rows. incident_tally marks a case whose counts are kept.
CREATE TABLE incident_tally (
    workspace_id BIGINT NOT NULL REFERENCES workspace (id),
    incident_id BIGINT NOT NULL REFERENCES incident (id),
    holdings BIGINT NOT NULL,
    notices BIGINT NOT NULL,
    counted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id)
);
CREATE INDEX ix_incident_tally_ws ON incident_tally (workspace_id, incident_id);

CREATE TABLE incident_party_tally (
    workspace_id BIGINT NOT NULL REFERENCES workspace (id),
    incident_id BIGINT NOT NULL REFERENCES incident (id),
    distance INTEGER NOT NULL,
    role VARCHAR(16) NOT NULL,
    decided BOOLEAN NOT NULL,
    reportable BOOLEAN NOT NULL,
    noticed BOOLEAN NOT NULL,
    parties BIGINT NOT NULL,
    persons BIGINT NOT NULL
);
CREATE INDEX ix_incident_party_tally ON incident_party_tally (workspace_id, incident_id);

CREATE TABLE incident_duty_tally (
    workspace_id BIGINT NOT NULL REFERENCES workspace (id),
    incident_id BIGINT NOT NULL REFERENCES incident (id),
    kind VARCHAR(32) NOT NULL,
    status VARCHAR(16) NOT NULL,
    deadline DATE,
    duties BIGINT NOT NULL
);
CREATE INDEX ix_incident_duty_tally ON incident_duty_tally (workspace_id, incident_id);

-- The page shows the latest evaluations of a case: newest first from an index instead of sorting all of them.
CREATE INDEX ix_incident_evaluation_latest ON incident_evaluation (workspace_id, incident_id, id);

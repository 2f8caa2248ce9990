-- Every write to a party names it by workspace, incident and operator. Until ANALYZE has run, H2 rates an index that
-- matches two of those columns as dear as the primary key (incident_id, operator_id), and it picked
-- ix_incident_party_ws, the first of them: each update of a relay or re-evaluation then walked every party of the
-- incident, quadratic at a vendor (170,000 parties). That index is the prefix of ix_incident_party_page, which serves
-- the same reads, so it goes; the primary key is then the cheapest index for a single party on both databases.
DROP INDEX ix_incident_party_ws;

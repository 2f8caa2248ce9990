-- Officers correct what the reader took from a notice. The revision counts corrections so that a search on any node
-- notices that its in-memory index is stale (together with the number of cases and the highest id).
ALTER TABLE casebook_case ADD COLUMN revision INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE casebook_case ADD COLUMN corrected_by BIGINT;
ALTER TABLE casebook_case ADD COLUMN corrected_at TIMESTAMP WITH TIME ZONE;

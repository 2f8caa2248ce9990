-- The dashboard's watch list asks for the first few holdings past their deletion date and the first few
-- sub-entrustments without approval. At mk scale (213,400 holdings, 173,401 entrustments) both scanned: 30,000 past-due
-- holdings sorted to show 50 (0.7 s with a cold cache), and every entrustment joined to its principal's to find none
-- unapproved (6.6 s cold). With these indexes the holdings are read in the order shown and the entrustments that lack
-- an approval are found directly (0.2 s and 18 ms on the same data).
CREATE INDEX ix_holding_deletion_open ON holding (workspace_id, deletion_confirmed_on, deletion_due_on, id);
DROP INDEX ix_holding_deletion_due;
CREATE INDEX ix_entrustment_reentrustment ON entrustment (workspace_id, re_entrustment_allowed, re_entrustment_approval);
-- Entrustments without an incident clause, and those never or long ago reviewed, each read in index order: one filter
-- over both conditions walked all 173,401 entrustments when none matched (0.65 s cold).
CREATE INDEX ix_entrustment_clause ON entrustment (workspace_id, incident_report_hours, id);
CREATE INDEX ix_entrustment_review ON entrustment (workspace_id, last_review_on, id);

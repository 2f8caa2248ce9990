-- The answers and the questions with evidence as they stood when the vendor submitted, kept on the assessment row:
-- submitted answers no longer change (reopening clears them until the next submission), and scoring thousands of
-- vendors then reads one row per vendor instead of sixty answer rows. Rows submitted before this column existed
-- stay NULL and are scored from assessment_answer.
ALTER TABLE assessment ADD COLUMN submitted_answers VARCHAR(400000);
ALTER TABLE assessment ADD COLUMN submitted_evidence VARCHAR(4000);

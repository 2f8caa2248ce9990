-- One notice row may stand for all the principals one operator notified at one moment: to_operator_id is the first of
-- them, to_operator_ids (when set) lists them all in the order they were recorded (at most 1,000 per row), and
-- recipients says how many the row stands for. A relay at a vendor records 170,000 notices from 3,400 senders at one
-- moment each. Rows written before stand for one notice each.
ALTER TABLE incident_notice ADD COLUMN to_operator_ids VARCHAR(20000);
ALTER TABLE incident_notice ADD COLUMN recipients INTEGER DEFAULT 1 NOT NULL;

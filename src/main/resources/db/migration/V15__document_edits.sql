-- A draft the officer reviewed and edited before keeping it: the generated text and the edited text side by side,
-- and the edits (block position -> text) that turn one into the other, so the kept version can be rendered again.
ALTER TABLE generated_document ADD COLUMN generated_text VARCHAR(1000000);
ALTER TABLE generated_document ADD COLUMN edited_text VARCHAR(1000000);
ALTER TABLE generated_document ADD COLUMN edits_json VARCHAR(1000000);

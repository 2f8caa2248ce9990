-- A workspace's document preferences (issue 6): dates in 和暦 (令和) or 西暦 unless a download asks otherwise.
CREATE TABLE document_settings (
    workspace_id BIGINT PRIMARY KEY REFERENCES workspace (id),
    date_style VARCHAR(10) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(254),
    CONSTRAINT ck_document_settings_date_style CHECK (date_style IN ('WAREKI', 'SEIREKI'))
);

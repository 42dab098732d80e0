CREATE TABLE scoring_sheets (
    agency_id INTEGER NOT NULL PRIMARY KEY REFERENCES agencies (id),
    sheet_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
ALTER TABLE finding_reviews ADD COLUMN rectification INTEGER NULL;
ALTER TABLE finding_reviews ADD COLUMN rectification_note TEXT NOT NULL DEFAULT '';
ALTER TABLE finding_reviews ADD COLUMN rectified_by TEXT NULL;
ALTER TABLE finding_reviews ADD COLUMN rectified_at TEXT NULL;

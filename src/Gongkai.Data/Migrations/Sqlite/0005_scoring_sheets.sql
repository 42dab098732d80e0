CREATE TABLE scoring_sheets (
    agency_id INTEGER NOT NULL PRIMARY KEY REFERENCES agencies (id),
    sheet_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

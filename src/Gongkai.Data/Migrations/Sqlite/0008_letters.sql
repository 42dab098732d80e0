CREATE TABLE letter_settings (
    agency_id INTEGER NOT NULL PRIMARY KEY REFERENCES agencies (id),
    number_prefix TEXT NOT NULL,
    review_body TEXT NOT NULL,
    court TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE TABLE letter_number_series (
    agency_id INTEGER NOT NULL REFERENCES agencies (id),
    year INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (agency_id, year)
);
CREATE TABLE released_files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tracking_code TEXT NOT NULL REFERENCES requests (tracking_code) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    content BLOB NOT NULL,
    released_at TEXT NOT NULL,
    released_by TEXT NOT NULL
);
CREATE INDEX ix_released_files_tracking_code ON released_files (tracking_code);
CREATE TABLE correction_replies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tracking_code TEXT NOT NULL REFERENCES requests (tracking_code) ON DELETE CASCADE,
    text TEXT NOT NULL,
    file_name TEXT NULL,
    content_type TEXT NULL,
    content BLOB NULL,
    submitted_at TEXT NOT NULL
);
CREATE INDEX ix_correction_replies_tracking_code ON correction_replies (tracking_code);

ALTER TABLE agencies ADD COLUMN aliases TEXT NOT NULL DEFAULT '';
ALTER TABLE agencies ADD COLUMN division_code TEXT NULL;
ALTER TABLE agencies ADD COLUMN local_deadline TEXT NULL;
ALTER TABLE agencies ADD COLUMN first_year INTEGER NULL;
ALTER TABLE agencies ADD COLUMN last_year INTEGER NULL;
ALTER TABLE agencies ADD COLUMN tree_path TEXT NOT NULL DEFAULT '/';
CREATE INDEX ix_agencies_tree_path ON agencies (tree_path);
CREATE INDEX ix_agencies_parent_id ON agencies (parent_id);

CREATE TABLE stored_files (
    sha256 TEXT NOT NULL PRIMARY KEY,
    length INTEGER NOT NULL,
    content BLOB NOT NULL,
    stored_at TEXT NOT NULL
);

CREATE TABLE published_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    agency_id INTEGER NOT NULL REFERENCES agencies (id),
    year INTEGER NOT NULL,
    published_on TEXT NULL,
    source_url TEXT NULL,
    current_version_id INTEGER NULL,
    template TEXT NULL,
    errors INTEGER NOT NULL,
    warnings INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL
);
CREATE UNIQUE INDEX ix_published_reports_agency_year ON published_reports (agency_id, year);

CREATE TABLE report_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id INTEGER NOT NULL REFERENCES published_reports (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    file_sha256 TEXT NOT NULL REFERENCES stored_files (sha256),
    file_name TEXT NOT NULL,
    source_url TEXT NULL,
    published_on TEXT NULL,
    reading_json TEXT NOT NULL,
    template TEXT NULL,
    engine_version TEXT NOT NULL,
    errors INTEGER NOT NULL,
    warnings INTEGER NOT NULL,
    read_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_report_versions_report_number ON report_versions (report_id, number);
CREATE INDEX ix_report_versions_file ON report_versions (file_sha256);

CREATE TABLE finding_reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id INTEGER NOT NULL REFERENCES published_reports (id) ON DELETE CASCADE,
    finding_key TEXT NOT NULL,
    decision INTEGER NOT NULL,
    comment TEXT NOT NULL,
    reviewed_by TEXT NOT NULL,
    reviewed_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_finding_reviews_report_key ON finding_reviews (report_id, finding_key);

CREATE TABLE cell_corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id INTEGER NOT NULL REFERENCES published_reports (id) ON DELETE CASCADE,
    file_sha256 TEXT NOT NULL,
    table_key TEXT NOT NULL,
    row_key TEXT NOT NULL,
    column_index INTEGER NOT NULL,
    printed TEXT NULL,
    before_value TEXT NULL,
    after_value TEXT NULL,
    comment TEXT NOT NULL,
    corrected_by TEXT NOT NULL,
    corrected_at TEXT NOT NULL
);
CREATE INDEX ix_cell_corrections_report ON cell_corrections (report_id);

CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scope_agency_id INTEGER NOT NULL REFERENCES agencies (id),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    file_count INTEGER NOT NULL,
    note TEXT NOT NULL
);

CREATE TABLE import_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    batch_id INTEGER NOT NULL REFERENCES import_batches (id),
    kind INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NULL,
    source_url TEXT NULL,
    published_on TEXT NULL,
    state INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    lease_until TEXT NULL,
    claimed_by TEXT NULL,
    error TEXT NULL,
    agency_id INTEGER NULL,
    year INTEGER NULL,
    suggested_agency_id INTEGER NULL,
    document_agency TEXT NULL,
    report_id INTEGER NULL,
    reading_json TEXT NULL,
    finished_at TEXT NULL
);
CREATE INDEX ix_import_items_state ON import_items (state, id);
CREATE INDEX ix_import_items_batch ON import_items (batch_id);

CREATE TABLE data_protection_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    friendly_name TEXT NULL,
    xml TEXT NULL
);

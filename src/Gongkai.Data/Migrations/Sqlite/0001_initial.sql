CREATE TABLE agencies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    level INTEGER NOT NULL,
    parent_id INTEGER NULL REFERENCES agencies (id)
);

CREATE TABLE staff_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    agency_id INTEGER NOT NULL REFERENCES agencies (id),
    user_name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    roles INTEGER NOT NULL,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT NULL
);
CREATE UNIQUE INDEX ix_staff_accounts_user_name ON staff_accounts (user_name);

CREATE TABLE requests (
    tracking_code TEXT NOT NULL PRIMARY KEY,
    agency_id INTEGER NOT NULL REFERENCES agencies (id),
    version INTEGER NOT NULL,
    applicant_kind INTEGER NOT NULL,
    applicant_name TEXT NOT NULL,
    applicant_id_number TEXT NOT NULL,
    applicant_phone TEXT NOT NULL,
    applicant_address TEXT NOT NULL,
    applicant_email TEXT NULL,
    description TEXT NOT NULL,
    form INTEGER NOT NULL,
    receiving INTEGER NOT NULL,
    channel INTEGER NOT NULL,
    received_on TEXT NOT NULL,
    status INTEGER NOT NULL,
    outcome INTEGER NULL,
    concluded_on TEXT NULL,
    answer_due TEXT NULL,
    answered_on TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ix_requests_agency_status_due ON requests (agency_id, status, answer_due);
CREATE INDEX ix_requests_agency_received ON requests (agency_id, received_on);

CREATE TABLE request_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tracking_code TEXT NOT NULL REFERENCES requests (tracking_code) ON DELETE CASCADE,
    sequence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    "on" TEXT NOT NULL,
    data TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_request_events_tracking_code_sequence ON request_events (tracking_code, sequence);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tracking_code TEXT NOT NULL REFERENCES requests (tracking_code) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    content BLOB NOT NULL
);
CREATE INDEX ix_attachments_tracking_code ON attachments (tracking_code);

CREATE TABLE appeals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tracking_code TEXT NOT NULL,
    agency_id INTEGER NOT NULL REFERENCES agencies (id),
    kind INTEGER NOT NULL,
    filed_on TEXT NOT NULL,
    result INTEGER NULL,
    concluded_on TEXT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX ix_appeals_agency_id ON appeals (agency_id);

CREATE TABLE annual_report_drafts (
    agency_id INTEGER NOT NULL REFERENCES agencies (id),
    year INTEGER NOT NULL,
    proactive_json TEXT NOT NULL,
    overview TEXT NOT NULL,
    problems TEXT NOT NULL,
    other_matters TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (agency_id, year)
);

CREATE TABLE audit_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    "before" TEXT NULL,
    "after" TEXT NULL
);
CREATE INDEX ix_audit_entries_entity ON audit_entries (entity, entity_id);

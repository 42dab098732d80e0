CREATE TABLE holiday_notices (
    year INTEGER NOT NULL PRIMARY KEY,
    revision INTEGER NOT NULL,
    citation TEXT NOT NULL,
    notice_json TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    loaded_by TEXT NOT NULL
);

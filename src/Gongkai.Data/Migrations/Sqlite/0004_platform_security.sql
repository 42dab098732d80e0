ALTER TABLE staff_accounts ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
ALTER TABLE staff_accounts DROP COLUMN failed_sign_ins;
ALTER TABLE staff_accounts DROP COLUMN locked_until;

CREATE TABLE failed_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE INDEX ix_failed_attempts_scope_key_at ON failed_attempts (scope, key, at_ms);
CREATE INDEX ix_failed_attempts_at ON failed_attempts (at_ms);

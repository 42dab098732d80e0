ALTER TABLE staff_accounts ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE staff_accounts ADD COLUMN disabled boolean NOT NULL DEFAULT false;

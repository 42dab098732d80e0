ALTER TABLE report_versions ADD COLUMN digest_json text NULL;

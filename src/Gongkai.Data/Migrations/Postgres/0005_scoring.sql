CREATE TABLE scoring_sheets (
    agency_id integer NOT NULL PRIMARY KEY REFERENCES agencies (id),
    sheet_json text NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by text NOT NULL
);
ALTER TABLE finding_reviews ADD COLUMN rectification integer NULL;
ALTER TABLE finding_reviews ADD COLUMN rectification_note text NOT NULL DEFAULT '';
ALTER TABLE finding_reviews ADD COLUMN rectified_by text NULL;
ALTER TABLE finding_reviews ADD COLUMN rectified_at timestamp with time zone NULL;

CREATE TABLE scoring_sheets (
    agency_id integer NOT NULL PRIMARY KEY REFERENCES agencies (id),
    sheet_json text NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by text NOT NULL
);

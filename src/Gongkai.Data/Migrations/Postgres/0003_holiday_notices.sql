CREATE TABLE holiday_notices (
    year integer NOT NULL PRIMARY KEY,
    revision integer NOT NULL,
    citation text NOT NULL,
    notice_json text NOT NULL,
    loaded_at timestamp with time zone NOT NULL,
    loaded_by text NOT NULL
);

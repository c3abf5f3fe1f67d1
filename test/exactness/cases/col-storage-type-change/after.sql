-- A column with storage EXTERNAL changes type (the type change resets storage).
CREATE TABLE t (id integer, body text);
ALTER TABLE t ALTER COLUMN body SET STORAGE EXTERNAL;

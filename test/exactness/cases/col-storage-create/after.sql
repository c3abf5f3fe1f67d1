-- A new table with column storage MAIN and PLAIN.
CREATE TABLE t (id integer, body text, data bytea);
ALTER TABLE t ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE t ALTER COLUMN id SET STORAGE PLAIN;

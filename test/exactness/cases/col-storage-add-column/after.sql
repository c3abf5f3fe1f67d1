-- An added column with storage MAIN.
CREATE TABLE t (id integer, body text);
ALTER TABLE t ALTER COLUMN body SET STORAGE MAIN;

CREATE TABLE t (id integer, body character varying(20));
ALTER TABLE t ALTER COLUMN body SET STORAGE EXTERNAL;

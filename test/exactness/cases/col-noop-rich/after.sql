-- No change: a column with compression, collation, default, storage, comment and a generated one.
CREATE TABLE t (id integer NOT NULL, body text COMPRESSION lz4 COLLATE "C" DEFAULT 'x', s integer GENERATED ALWAYS AS (id * 2) STORED);
ALTER TABLE t ALTER COLUMN body SET STORAGE MAIN;
COMMENT ON COLUMN t.body IS 'b';

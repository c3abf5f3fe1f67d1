CREATE TABLE t (id integer, name text);
COMMENT ON COLUMN t.name IS 'old';

-- A column comment moves to another column.
CREATE TABLE t (id integer, name text);
COMMENT ON COLUMN t.id IS 'key';

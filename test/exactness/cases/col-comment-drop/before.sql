CREATE TABLE t (id int PRIMARY KEY, v text);
COMMENT ON COLUMN t.v IS 'free text';

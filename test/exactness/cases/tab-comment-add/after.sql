-- A table comment is added.
CREATE TABLE t (id int PRIMARY KEY, name text);
COMMENT ON TABLE t IS 'people';

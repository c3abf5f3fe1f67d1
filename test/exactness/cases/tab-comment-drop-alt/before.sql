CREATE TABLE t (id int PRIMARY KEY, v text);
COMMENT ON TABLE t IS 'people';

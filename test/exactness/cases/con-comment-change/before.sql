CREATE TABLE t (id int PRIMARY KEY, a int, b text, c int);
ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a);
COMMENT ON CONSTRAINT t_a_key ON t IS 'old';

-- DEFERRABLE on a UNIQUE constraint: added.
CREATE TABLE t (id int PRIMARY KEY, a int, b text, c int);
ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a) DEFERRABLE;

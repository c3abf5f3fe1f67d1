-- The same CHECK under a new name.
CREATE TABLE t (id int PRIMARY KEY, a int, b text, c int);
ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0);

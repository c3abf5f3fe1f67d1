CREATE TABLE t (id int PRIMARY KEY, a int, b text, c int);
ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0);

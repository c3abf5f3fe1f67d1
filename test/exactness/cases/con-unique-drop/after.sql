-- A UNIQUE constraint: dropped.
CREATE TABLE t (id int PRIMARY KEY, a int, b text, c int);

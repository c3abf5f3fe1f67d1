-- A standalone sequence with default options: dropped.
CREATE TABLE t (id int PRIMARY KEY, a int, b int);

-- A CHECK ... NO INHERIT constraint: dropped.
CREATE TABLE t (id int PRIMARY KEY, a int, b text, c int);

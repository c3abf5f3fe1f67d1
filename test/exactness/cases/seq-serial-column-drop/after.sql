-- A serial column (integer, owned sequence, nextval default) on an existing table: dropped.
CREATE TABLE t (id int PRIMARY KEY);

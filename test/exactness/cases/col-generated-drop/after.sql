-- A generated STORED column: dropped.
CREATE TABLE t (id int PRIMARY KEY, a integer, b integer);

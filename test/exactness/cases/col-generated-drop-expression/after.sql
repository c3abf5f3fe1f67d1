CREATE TABLE t (a integer, b integer, s integer);

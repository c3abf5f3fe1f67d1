CREATE TABLE t (id integer, n integer);
INSERT INTO t VALUES (1, 42);

CREATE TABLE t (id integer, n text);
INSERT INTO t VALUES (1, '42');

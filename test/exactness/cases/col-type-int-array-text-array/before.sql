CREATE TABLE t (id integer, xs integer[]);
INSERT INTO t VALUES (1, '{1,2}');

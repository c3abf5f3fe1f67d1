CREATE TABLE t (id integer, xs text[]);
INSERT INTO t VALUES (1, '{1,2}');

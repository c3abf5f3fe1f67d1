CREATE TABLE t (id integer, at timestamp without time zone);
INSERT INTO t VALUES (1, now());

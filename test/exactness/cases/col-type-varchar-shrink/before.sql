CREATE TABLE t (id integer, n character varying(20));
INSERT INTO t VALUES (1, 'abc');

CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v1 AS SELECT id, a, b FROM t WHERE b IS NOT NULL;
CREATE VIEW v2 AS SELECT id, upper(a) AS a_up, b * 2 AS b2 FROM v1;
CREATE VIEW v3 AS SELECT count(*) AS n, sum(b2) AS total FROM v2;

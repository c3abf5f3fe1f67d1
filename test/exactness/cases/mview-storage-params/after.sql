-- A materialized view gains storage parameters WITH (fillfactor = 70, autovacuum_enabled = false).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE MATERIALIZED VIEW m WITH (fillfactor = 70, autovacuum_enabled = false) AS SELECT b, count(*) AS n FROM t GROUP BY b;

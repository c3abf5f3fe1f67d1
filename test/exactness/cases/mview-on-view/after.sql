-- A view and a materialized view on top of it created.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v AS SELECT id, a, b FROM t WHERE b IS NOT NULL;
CREATE MATERIALIZED VIEW m AS SELECT b, count(*) AS n FROM v GROUP BY b;

-- A materialized view gains a column (drop and create).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE MATERIALIZED VIEW m AS SELECT b, count(*) AS n, max(a) AS last_a FROM t GROUP BY b;

-- A materialized view's query changes, same columns (materialized views cannot be replaced: drop and create).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE MATERIALIZED VIEW m AS SELECT b, count(*) AS n FROM t WHERE b > 0 GROUP BY b;

-- A table column used by a materialized view changes type int -> bigint (the materialized view is dropped and recreated).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b bigint);
CREATE MATERIALIZED VIEW m AS SELECT b, count(*) AS n FROM t GROUP BY b;

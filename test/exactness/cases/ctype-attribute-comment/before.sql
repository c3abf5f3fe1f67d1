-- A composite type and a materialized view, without comments on their columns.
CREATE TYPE address AS (street text, city text);
CREATE TABLE t (id int PRIMARY KEY, a address);
CREATE MATERIALIZED VIEW cities AS SELECT DISTINCT (a).city AS city FROM t;

-- An index on a materialized view changes its columns and becomes partial.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE MATERIALIZED VIEW m AS SELECT b, count(*) AS n FROM t GROUP BY b;
CREATE INDEX m_idx ON m (b, n) WHERE n > 1;

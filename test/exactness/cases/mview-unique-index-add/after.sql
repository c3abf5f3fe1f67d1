-- A unique index (needed for REFRESH CONCURRENTLY) is added on a materialized view.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE MATERIALIZED VIEW m AS SELECT b, count(*) AS n FROM t GROUP BY b;
CREATE UNIQUE INDEX m_b_key ON m (b);

-- A materialized view with indexes has its query changed: the indexes are created again on the new one.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE MATERIALIZED VIEW m AS SELECT b, count(a) AS n FROM t GROUP BY b;
CREATE UNIQUE INDEX m_b_key ON m (b);
CREATE INDEX m_n_idx ON m (n DESC);

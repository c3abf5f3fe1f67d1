-- The view under a materialized view loses a column: view and materialized view are dropped and recreated.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v AS SELECT id, b FROM t;
CREATE MATERIALIZED VIEW m AS SELECT b, count(*) AS n FROM v GROUP BY b;
CREATE INDEX m_b_idx ON m (b);

-- A materialized view gains a comment and a column comment.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE MATERIALIZED VIEW m AS SELECT b, count(*) AS n FROM t GROUP BY b;
COMMENT ON MATERIALIZED VIEW m IS 'counts per b';
COMMENT ON COLUMN m.n IS 'row count';

-- The bottom view of a three-view chain changes a column type: the whole chain is dropped and recreated.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v1 AS SELECT id, b::numeric AS b FROM t;
CREATE VIEW v2 AS SELECT id, b + 1 AS b1 FROM v1;
CREATE VIEW v3 AS SELECT max(b1) AS top FROM v2;

-- A view column changes type bigint -> int (drop and recreate the view).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v AS SELECT id, b FROM t;

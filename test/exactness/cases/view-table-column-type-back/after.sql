-- A table column used by a view changes type bigint -> int (the view is dropped and recreated).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v AS SELECT id, b FROM t WHERE b > 0;

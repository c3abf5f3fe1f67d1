-- A table column added and a view changed to use it (appended: the column must exist first).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v AS SELECT id, a, b FROM t;

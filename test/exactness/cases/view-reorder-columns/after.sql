-- A view's columns reordered (drop and recreate the view).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v AS SELECT id, b, a FROM t;

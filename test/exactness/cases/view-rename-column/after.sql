-- A view column renamed by a new alias (drop and recreate the view).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v AS SELECT id, a AS name FROM t;

-- A view loses a column while another view depends on it (drop the dependent view, recreate both).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v1 AS SELECT id, a FROM t;
CREATE VIEW v2 AS SELECT id, a FROM v1 WHERE id > 10;

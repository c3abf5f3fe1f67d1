-- A view gains a column at the end while another view depends on it (CREATE OR REPLACE VIEW keeps the dependent).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v1 AS SELECT id, a, b FROM t;
CREATE VIEW v2 AS SELECT id, a FROM v1 WHERE id > 10;

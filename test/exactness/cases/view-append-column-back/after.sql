-- A view loses its last column (not possible with CREATE OR REPLACE VIEW: drop and recreate).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v AS SELECT id, a FROM t;

-- A view "renamed" (names differ: gen drops the old view and creates the new one).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v_new AS SELECT id, a FROM t;

-- A view column changes type int -> bigint (drop and recreate the view).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v AS SELECT id, b::bigint AS b FROM t;

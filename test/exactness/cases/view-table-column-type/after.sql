-- A table column used by a view changes type int -> bigint (the view must be dropped and recreated around ALTER COLUMN TYPE).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b bigint);
CREATE VIEW v AS SELECT id, b FROM t WHERE b > 0;

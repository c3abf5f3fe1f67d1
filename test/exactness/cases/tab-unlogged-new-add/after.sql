-- A new UNLOGGED table: added.
CREATE UNLOGGED TABLE t (id int PRIMARY KEY, v text);

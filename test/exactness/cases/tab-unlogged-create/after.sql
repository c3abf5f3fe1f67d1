-- An UNLOGGED table is created.
CREATE UNLOGGED TABLE t (id integer PRIMARY KEY, v text);

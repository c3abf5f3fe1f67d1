CREATE UNLOGGED TABLE t (id integer PRIMARY KEY, v text);

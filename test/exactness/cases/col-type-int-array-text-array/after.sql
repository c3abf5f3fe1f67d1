CREATE TABLE t (id integer, xs text[]);

CREATE TABLE t (id integer, xs integer[]);

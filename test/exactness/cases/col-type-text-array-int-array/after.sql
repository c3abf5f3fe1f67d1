-- text[] to integer[] with rows.
CREATE TABLE t (id integer, xs integer[]);

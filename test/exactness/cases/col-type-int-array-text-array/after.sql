-- integer[] to text[] with rows.
CREATE TABLE t (id integer, xs text[]);

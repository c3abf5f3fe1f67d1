-- text to integer with rows: USING col::integer.
CREATE TABLE t (id integer, n integer);

-- A table comment is dropped.
CREATE TABLE t (id integer);

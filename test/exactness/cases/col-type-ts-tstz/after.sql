CREATE TABLE t (id integer, at timestamp with time zone);

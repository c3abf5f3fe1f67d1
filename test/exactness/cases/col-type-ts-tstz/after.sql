-- timestamp to timestamptz with rows.
CREATE TABLE t (id integer, at timestamp with time zone);

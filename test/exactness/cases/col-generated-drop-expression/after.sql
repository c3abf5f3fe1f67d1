-- A STORED generated column becomes a plain column.
CREATE TABLE t (a integer, b integer, s integer);

-- A new table with a VIRTUAL generated column.
CREATE TABLE t (a integer, b integer, s integer GENERATED ALWAYS AS (a * 2) VIRTUAL);
